import re

from snippet_checks import checks
from tools.building.render import minor
from tools.paths import SNIPPETS

# Slack for two clocks read in different processes, and for the 15 ms
# ticks some systems count CPU time in.
SLACK = 0.05


def line_of(name, text):
    """The line number of the first line of a snippet that holds text."""
    path = SNIPPETS / "production_profile" / name
    lines = path.read_text().splitlines()
    return next(n for n, line in enumerate(lines, 1) if text in line)


ACQUIRE = "{method 'acquire' of '_thread.lock' objects}"
READ = "{built-in method posix.read}"
POLL = "{method 'poll' of 'select.poll' objects}"


@checks("production_profile/parent_only.py")
def test_parent_only(run):
    lines = run.lines
    assert lines[0] == "primes below 100000: 9592"
    # The workers' function never ran in the profiled process.
    assert lines[1] == "calls of count_primes() in the profile: 0"
    share = re.fullmatch(r"own time in these waits: (\d+)% of the total",
                         lines[3])
    assert share, lines[3]
    # The parent's own work (starting the pool) is small beside the
    # time it waits for eight tasks to be computed elsewhere.
    assert int(share.group(1)) >= 50
    assert lines[4] == "  own s  function"
    rows = {}
    for line in lines[5:]:
        match = re.fullmatch(r"  (\d+\.\d{3})  (\{.*\})", line)
        assert match, line
        rows[match.group(2)] = float(match.group(1))
    assert list(rows) == sorted(rows)
    if minor(run.python) >= (3, 12):
        # cProfile is built on sys.monitoring: the pool's threads, which
        # wait in read() and poll(), are recorded too.
        assert lines[2] == ("the pool's threads in the profile: "
                            "_handle_results, _handle_tasks, "
                            "_handle_workers")
        assert {READ, POLL, ACQUIRE} == set(rows)
    else:
        # The main thread only, which waits in pool.map() on a lock.
        assert lines[2] == "the pool's threads in the profile: none"
        assert ACQUIRE in rows
        assert max(rows, key=rows.get) == ACQUIRE


@checks("production_profile/inherited_profiler.py")
def test_inherited_profiler(run):
    forked = run.method == "fork"
    assert run.lines[0] == f"a profiler records the worker: {forked}"
    times = re.fullmatch(r"the task's CPU time: (\d+\.\d{3}) s with "
                         r"no profiler in the parent, (\d+\.\d{3}) s "
                         r"with one", run.lines[1])
    assert times, run.lines[1]
    plain, profiled = map(float, times.groups())
    if forked:
        # Recording every call is work the worker does on top.
        assert profiled > plain
    assert len(run.lines) == 2


@checks("production_profile/exit_hooks.py")
def test_exit_hooks(run):
    # A normal exit runs atexit handlers under spawn (sys.exit), and from
    # 3.13 under fork and forkserver too (gh-83856); before 3.13 those
    # two end the worker with os._exit().
    atexit = "all" if (run.method == "spawn"
                       or minor(run.python) >= (3, 13)) else "none"
    assert run.lines[0] == ("Pool.terminate(), tasks running: 2 workers; "
                            "atexit ran in none, Finalize in none")
    assert run.lines[1] == ("Pool.close() and join(): 2 workers; "
                            f"atexit ran in {atexit}, Finalize in all")
    # The executor may start a single worker for quick tasks.
    assert re.fullmatch(r"ProcessPoolExecutor, with block: [12] workers; "
                        f"atexit ran in {atexit}, Finalize in all",
                        run.lines[2]), run.lines[2]
    assert len(run.lines) == 3


@checks("production_profile/merged_profile.py")
def test_merged_profile(run):
    lines = run.lines
    assert lines[0] == "results: " + str([4203] * 8)
    # One file per worker that ran a task: one or both of the two.
    assert lines[1] in ("profiles merged: 1", "profiles merged: 2")
    assert lines[2] == "   calls   own s  total s  function"
    rows = [line.split() for line in lines[3:]]
    assert 2 <= len(rows) <= 4
    for row in rows:
        assert re.fullmatch(r"\d+", row[0]) and float(row[1]) >= 0
        assert float(row[2]) >= float(row[1]) - 0.001
    # The worker's own function is on top, with every call of every
    # task counted: 8 tasks of 39,998 numbers each.
    is_prime = line_of("merged_profile.py", "def is_prime")
    count_primes = line_of("merged_profile.py", "def count_primes")
    assert rows[0][0] == str(8 * 39_998)
    assert rows[0][3] == f"merged_profile.py:{is_prime}(is_prime)"
    assert [f"merged_profile.py:{count_primes}(count_primes)", "8"] in [
        [row[3], row[0]] for row in rows]


TIMING_HEADER = ("task          waited   wall    cpu  pickle     bytes"
                 "  unpickle")


@checks("production_profile/task_timing.py")
def test_task_timing(run):
    lines = run.lines
    assert lines[0] == TIMING_HEADER
    rows = []
    for line in lines[1:7]:
        name, *numbers = line.split()
        waited, wall, cpu, pickled, size, unpickled = map(float, numbers)
        rows.append((name, waited, wall, cpu, pickled, int(size),
                     unpickled))
    assert [row[0] for row in rows] == [
        "count_primes", "fetch", "build"] * 2
    for name, waited, wall, cpu, pickled, size, unpickled in rows:
        # A task cannot start before it is submitted, and one process
        # of one thread cannot use more CPU time than time passed.
        assert waited >= -SLACK
        assert cpu <= wall + SLACK
        assert pickled >= 0 and unpickled >= 0
        if name == "fetch":
            # Asleep: at least the half second asked for, nearly no CPU.
            assert wall >= 0.5 - 0.001 and cpu <= SLACK
            assert size < 100
        elif name == "build":
            assert size > 4_000_000  # a million numbers, pickled
        else:
            assert size < 100
    # Two workers for six tasks: by the time the last one starts, four
    # have finished, one of them a fetch (half a second), so it started
    # at least a quarter second after the first; it was submitted just
    # after the first.
    assert max(row[1] for row in rows) >= 0.1
    assert lines[7] in ("workers: 1", "workers: 2")
    assert len(lines) == 8


def _workers(lines, line_number):
    """(tasks, traced MiB, line, peak RSS) per worker row."""
    rows = []
    for line in lines:
        match = re.fullmatch(
            r"  +(\d+) tasks?: traced +(\d+\.\d) MiB, most from line "
            r"(\d+), peak RSS (\d+) MiB", line)
        assert match, line
        tasks, traced, line, rss = match.groups()
        assert int(line) == line_number
        rows.append((int(tasks), float(traced), int(rss)))
    return rows


def _check_leak(rows, bound=None):
    assert sum(tasks for tasks, _, _ in rows) == 12
    for tasks, traced, rss in rows:
        # Each task kept one MiB in the worker that ran it.
        assert tasks <= traced < tasks + 0.5
        assert rss >= traced
        if bound:
            assert tasks <= bound


@checks("production_profile/leak_growth.py")
def test_leak_growth(run):
    lines = run.lines
    leak = line_of("leak_growth.py", "CACHE.append")
    first = re.fullmatch(r"maxtasksperchild=None: 12 tasks ran in "
                         r"([12]) workers?", lines[0])
    assert first, lines[0]
    count = int(first.group(1))
    rows = _workers(lines[1:1 + count], leak)
    _check_leak(rows)
    rest = lines[1 + count:]
    second = re.fullmatch(r"maxtasksperchild=3: 12 tasks ran in "
                          r"(\d+) workers", rest[0])
    assert second, rest[0]
    # No worker ran more than 3 tasks, so at least 4 ran the 12.
    count = int(second.group(1))
    assert count >= 4 and len(rest) == 1 + count
    _check_leak(_workers(rest[1:], leak), bound=3)


@checks("production_profile/leak_executor.py")
def test_leak_executor(run):
    lines = run.lines
    match = re.fullmatch(r"max_tasks_per_child=3: 12 tasks ran in "
                         r"(\d+) workers", lines[0])
    assert match, lines[0]
    count = int(match.group(1))
    assert count >= 4 and len(lines) == 1 + count
    tasks_run = 0
    for line in lines[1:]:
        row = re.fullmatch(r"  +(\d+) tasks?: traced +(\d+\.\d) MiB",
                           line)
        assert row, line
        tasks, traced = int(row.group(1)), float(row.group(2))
        assert tasks <= 3 and tasks <= traced < tasks + 0.5
        tasks_run += tasks
    assert tasks_run == 12
