import re

from lab_checks import check_figure
from snippet_checks import checks

MACHINE = (r"machine: \S+ \S+, \d+ usable CPUs, "
           r"\S+ \d+\.\d+\.\d+\S*")
ROW = r"  (\S+)  (\d+\.\d+) ms  \((\d+\.\d+), (\d+\.\d+)\)"
CHUNKSIZES = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2500, 5000]


def _automatic_chunksize(tasks, workers):
    # Pool._map_async: ceil(tasks / (4 * workers)).
    chunksize, extra = divmod(tasks, workers * 4)
    return chunksize + 1 if extra else chunksize


def _rows(lines, header, count):
    """The `count` rows right under `header`: label -> (median, min, max)."""
    start = lines.index(header) + 1
    rows = []
    for line in lines[start:start + count]:
        match = re.fullmatch(ROW, line)
        assert match, f"not a row: {line!r}"
        label, *figures = match.groups()
        median, low, high = map(float, figures)
        assert low <= median <= high, line
        rows.append((label, median))
    return rows


@checks("lab_tasks/chunksize_sweep.py")
def test_chunksize_sweep(run):
    lines = run.lines
    assert re.fullmatch(MACHINE, lines[0]), lines[0]
    tasks, workers = map(int, re.fullmatch(
        r"(\d+) tasks of square\(x\), a pool of (\d+) workers",
        lines[1]).groups())
    assert workers == 2
    loop_header = "plain loop, ms (median of 3; min, max):"
    sweep_header = "pool.map by chunksize, ms (median of 3; min, max):"
    auto_header = ("pool.map with its automatic chunksize, ms "
                   "(median of 3; min, max):")
    # Every line is accounted for, in this order.
    assert len(lines) == 2 + 1 + 1 + 1 + len(CHUNKSIZES) + 1 + 1
    assert lines[2] == loop_header
    assert lines[4] == sweep_header
    assert lines[5 + len(CHUNKSIZES)] == auto_header
    loop = _rows(lines, loop_header, 1)
    sweep = _rows(lines, sweep_header, len(CHUNKSIZES))
    auto = _rows(lines, auto_header, 1)
    assert [label for label, _ in loop] == ["loop"]
    assert [label for label, _ in sweep] == [str(c) for c in CHUNKSIZES]
    assert auto[0][0] == str(_automatic_chunksize(tasks, workers))
    by_size = dict(sweep)
    # Tiny tasks: the cost is the per-task overhead (pickling, a message
    # each way), which chunksize 1000 pays a thousand times less often.
    # Here the gap is 50-150x; 2x leaves room for any machine or load.
    assert by_size["1"] > 2 * by_size["1000"]
    # A loop pays no messages at all: it beats one message per task.
    assert loop[0][1] < by_size["1"]
    check_figure(run)


SCENARIOS = ["map, chunksize {auto}", "imap_unordered, chunksize 1",
             "map, chunksize 6"]
SLEEPS = [0.3] * 3 + [0.05] * 9
SLACK = 0.005  # clock and rounding of the printed figures


def _scenarios(lines):
    """title -> (total, [(task, worker, start, end)]) in printed order."""
    found = {}
    at = 2
    while at < len(lines):
        title, total = re.fullmatch(
            r"(\S.*): (\d+\.\d+) s", lines[at]).groups()
        tasks = []
        for line in lines[at + 1:at + 1 + len(SLEEPS)]:
            match = re.fullmatch(
                r"  task (\d+)  worker (\d+)  (\d+\.\d{3}) (\d+\.\d{3}) s",
                line)
            assert match, f"not a task row: {line!r}"
            task, worker, start, end = match.groups()
            tasks.append((int(task), int(worker), float(start), float(end)))
        found[title] = float(total), tasks
        at += 1 + len(SLEEPS)
    return found


@checks("lab_tasks/timeline.py")
def test_timeline(run):
    lines = run.lines
    assert re.fullmatch(MACHINE, lines[0]), lines[0]
    assert lines[1] == ("12 tasks (3 of 0.3 s, 9 of 0.05 s) "
                        "on a pool of 2 workers")
    auto = _automatic_chunksize(len(SLEEPS), 2)
    assert auto == 2
    titles = [title.format(auto=auto) for title in SCENARIOS]
    scenarios = _scenarios(lines)
    assert list(scenarios) == titles
    for title, (total, tasks) in scenarios.items():
        # Sorted by task index, each task once.
        assert [t[0] for t in tasks] == list(range(len(SLEEPS))), title
        workers = {t[1] for t in tasks}
        assert workers <= {1, 2}, title
        # Numbered in the order they began their first task.
        first = {w: min(t[2] for t in tasks if t[1] == w) for w in workers}
        assert sorted(first, key=first.get) == sorted(workers), title
        busiest = 0
        for worker in workers:
            mine = sorted((t for t in tasks if t[1] == worker),
                          key=lambda t: t[2])
            # One worker runs one task at a time.
            for before, after in zip(mine, mine[1:]):
                assert before[3] <= after[2] + SLACK, (title, before, after)
            busiest = max(busiest, sum(SLEEPS[t[0]] for t in mine))
        for task, _, start, end in tasks:
            assert end - start >= SLEEPS[task] - SLACK, (title, task)
        # The call returns only once every task is back.
        assert total >= busiest - SLACK, title
    # Which worker gets a chunk is a race; that a chunk's tasks share a
    # worker is not: a chunk is one message, run by one worker.
    where = {t[0]: t[1] for t in scenarios[titles[0]][1]}
    for first in range(0, len(SLEEPS), auto):
        assert len({where[i] for i in range(first, first + auto)}) == 1
    where = {t[0]: t[1] for t in scenarios[titles[2]][1]}
    assert len({where[i] for i in range(0, 6)}) == 1  # all long tasks
    assert len({where[i] for i in range(6, 12)}) == 1
    check_figure(run)
