import re

from snippet_checks import checks


@checks("patterns/task_errors.py")
def test_task_errors(run):
    bad = "ValueError: invalid literal for int() with base 10:"
    assert run.lines == [
        "   '4' -> 40",
        f"   'x' -> {bad} 'x'",
        "  '15' -> 150",
        f" '2.5' -> {bad} '2.5'",
        "   '7' -> 70",
        "  '-3' -> -30",
        # the failures did not stop any worker
        "exit codes: [0, 0, 0]",
    ]


@checks("patterns/producer_consumer.py")
def test_producer_consumer(run):
    first = re.fullmatch(
        r"all consumed; put found the queue full: (\d+) times",
        run.lines[0])
    assert first, run.lines[0]
    # 20 items, room for 4, no consumer until a put found it full: at
    # least one put must have; how many more depends on the timing.
    assert 1 <= int(first[1]) <= 20
    assert run.lines[1:] == [
        "items consumed: 20",
        "each exactly once: True",
        "producer exit codes: [0, 0]",
        "consumer exit codes: [0, 0, 0]",
    ]


def _word_table(lines):
    rows = [re.fullmatch(r" *([a-z]+) (\d+)", line) for line in lines]
    assert all(rows), lines
    words = [row[1] for row in rows]
    counts = [int(row[2]) for row in rows]
    assert sorted(words) == sorted(
        "apple banana cherry date elder fig grape".split())
    assert counts == sorted(counts, reverse=True)
    return sum(counts)


@checks("patterns/word_count.py")
def test_word_count(run):
    assert run.lines[:4] == [
        "children left: []",
        "Counters received: 5000",  # one per line, chunks or not
        "words: 60000",  # 5000 lines of 12 words
        "same as the serial count: True",
    ]
    assert _word_table(run.lines[4:]) == 60000


@checks("patterns/word_count_blocks.py")
def test_word_count_blocks(run):
    assert run.lines == [
        "children left: []",
        "Counters received: 10",  # one per block of 500 lines
        "words: 60000",
        "same as the serial count: True",
    ]


@checks("patterns/pipeline.py")
def test_pipeline(run):
    assert run.lines[:4] == [
        "  parse: exit codes [0]",
        "compute: exit codes [0, 0, 0]",
        "reorder: exit codes [0]",
        # exactly one END reached stage 3 and nothing else was left
        "left in the middle queue: 0",
    ]
    early = re.fullmatch(r"items arrived out of order at stage 3: (\d+)",
                         run.lines[4])
    # how many overtook others varies; item 0 can never be early
    assert early and 0 <= int(early[1]) <= 29
    assert run.lines[5:] == [
        "results in order: True",
        "each computed once: True",
    ]


@checks("patterns/count_end_markers.py")
def test_count_end_markers(run):
    assert run.lines == [
        "end markers the collector took: 3",  # one per worker
        "one END passed on: True",
        "items: 20, each doubled once: True",
        "exit codes: [0, 0, 0, 0]",
    ]
