import re

from pickle_messages import lambda_error
from snippet_checks import checks
from tools.building.render import minor


@checks("pool_tasks/starmap_zip.py")
def test_starmap_zip(run):
    assert run.lines == [
        "pairs: [(2, 10), (3, 3), (4, 2), (5, 1)]",
        "starmap: [1024, 27, 16, 5]",
        "starmap_async then .get(): [1024, 27, 16, 5]",
    ]


@checks("pool_tasks/partial_constant.py")
def test_partial_constant(run):
    assert run.lines == ["partial: [11, 21, 31, 41]"]


@checks("pool_tasks/map_extra_arg.py")
def test_map_extra_arg(run):
    assert run.lines == [
        "map(add, list, list): '<=' not supported between instances of "
        "'list' and 'int'",
        "map(add, list, 10): add() missing 1 required positional "
        "argument: 'y'",
        "starmap: [11, 12, 13]",
    ]


@checks("pool_tasks/lambda_task.py")
def test_lambda_task(run):
    # The pool pickles every task, so this fails under fork too.
    assert len(run.lines) == 2
    assert re.fullmatch(r"lambda: PicklingError: " + lambda_error(run),
                        run.lines[0]), run.lines[0]
    assert run.lines[1] == "def: [2, 4, 6]"


@checks("pool_tasks/imap_lazy.py")
def test_imap_lazy(run):
    # Three results reached the parent before task 3 could finish.
    assert run.lines == [
        "got 0; task 3 released: False",
        "got 1; task 3 released: False",
        "got 4; task 3 released: False",
        "got 9; task 3 released: True",
    ]


@checks("pool_tasks/imap_next_timeout.py")
def test_imap_next_timeout(run):
    assert run.lines == [
        "next(timeout=0.5): TimeoutError, task 0 blocked",
        "after go: 0 [1, 4, 9]",
    ]


@checks("pool_tasks/imap_unordered_first.py")
def test_imap_unordered_first(run):
    assert run.lines == [
        "while task 0 is blocked: [1, 4, 9]",
        "after go: 0",
    ]


@checks("pool_tasks/async_get_timeout.py")
def test_async_get_timeout(run):
    assert run.lines == [
        "wait(0.5) returned: None",
        "ready(): False",
        "get(timeout=0.5) raised TimeoutError",
        "  a built-in TimeoutError? False",
        "get() after go: 42",
        "ready(), successful(): True True",
    ]


@checks("pool_tasks/callback_thread.py")
def test_callback_thread(run):
    # From 3.10 a thread's default name includes its target's name.
    thread = (r"Thread-\d+ \(_handle_results\)"
              if minor(run.python) >= (3, 10) else r"Thread-\d+")
    assert run.lines[0] == "main code runs in MainProcess, MainThread"
    expected = [
        r"callback\(0\.25\)",
        r"error_callback\(ZeroDivisionError\('division by zero'\)\)",
        r"callback\(\[1\.0, 0\.5\]\)",
    ]
    assert len(run.lines) == 1 + len(expected)
    names = set()
    for line, call in zip(run.lines[1:], expected):
        match = re.fullmatch(
            rf"{call} ran in MainProcess, ({thread})", line)
        assert match, line
        names.add(match[1])
    assert len(names) == 1  # one thread runs all the callbacks


def check_progress(run):
    assert run.lines[:4] == [f"{n}/40 tasks done" for n in (10, 20, 30, 40)]
    assert run.lines[-1] == "same as serial: True"
    assert len(run.lines) == 6


@checks("pool_tasks/progress_imap.py")
def test_progress_imap(run):
    check_progress(run)
    total = sum(sum(i * i for i in range(n * 1000)) for n in range(40))
    assert run.lines[4] == f"sum of results: {total}"


@checks("pool_tasks/progress_callback.py")
def test_progress_callback(run):
    check_progress(run)
    assert run.lines[4] == "results received: 40"


def number(run, pattern):
    return float(re.search(pattern, run.output, re.M)[1])


@checks("pool_tasks/chunksize_tiny.py")
def test_chunksize_tiny(run):
    # divmod(20000, 2 * 4) == (2500, 0): eight chunks of 2500.
    assert run.lines[0] == (
        "20000 tasks, 2 workers: automatic chunksize 2500")
    rows = [re.fullmatch(r"(.+?) +(\d+) chunks +(\d+\.\d{4}) s", line)
            for line in run.lines[1:5]]
    assert all(rows), run.lines[1:5]
    assert [(row[1], int(row[2])) for row in rows] == [
        ("map, chunksize=1", 20000),
        ("map, automatic chunksize", 8),
        ("map, chunksize=10000", 2),
        ("imap, default chunksize=1", 20000),
    ]
    # 20000 round trips through pipes and pickle against 8: the real
    # gap is a hundred times or more; three leaves room for any machine.
    assert number(run, r"^chunksize=1 / automatic: ([\d.]+) times$") > 3
    assert number(run, r"^imap / automatic: ([\d.]+) times$") > 3
    assert run.lines[-1] == "same results: True"
    assert len(run.lines) == 8


@checks("pool_tasks/chunksize_uneven.py")
def test_chunksize_uneven(run):
    assert run.lines[0] == "12 tasks, 1.50 s of sleep in all, 2 workers"
    one = number(run, r"^chunksize 1 +([\d.]+) s$")
    auto = number(run, r"^chunksize automatic \(2\) +([\d.]+) s$")
    six = number(run, r"^chunksize 6 +([\d.]+) s$")
    assert len(run.lines) == 4
    # Lower bounds from the sleeps alone. chunksize 1: 1.5 s of sleep
    # on two workers. Automatic: three chunks of two slow tasks (0.5 s
    # each) on two workers, so one worker runs two of them. chunksize
    # 6: one chunk holds all six slow tasks, run one after another.
    assert one >= 0.75
    assert auto >= 1.0
    assert six >= 1.5
    # Chunks of one keep both workers busy: ideally 0.75 s against
    # 1.5 s. The overhead of twelve tasks is milliseconds, tens on a
    # loaded machine; the gap is 750.
    assert one < six
