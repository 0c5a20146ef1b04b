import re
import sys

from snippet_checks import checks
from tools.building.render import minor


@checks("intro/own_memory.py")
def test_own_memory(run):
    # fork copies the parent's memory, counter = 1 included; spawn and
    # forkserver children have the module as imported (by the child, or
    # from 3.13.8/3.14.1 by the fork server), so they start from 0.
    in_child = 2 if run.method == "fork" else 1
    assert run.lines == [
        "inside the worker, counter = 1",
        "after a thread:  counter = 1",
        f"inside the worker, counter = {in_child}",
        "after a process: counter = 1",  # the child's change stays there
    ]


@checks("intro/crash_isolation.py")
def test_crash_isolation(run):
    code = int(re.fullmatch(r"child exitcode: (-?\d+)", run.lines[0])[1])
    # SIGABRT on POSIX shows as minus the signal number; Windows gives 3.
    assert code == (3 if sys.platform == "win32" else -6)
    assert run.lines[-1] == "the parent is still running"


def _seconds(run, label):
    match = re.search(rf"^{label}\s+([\d.]+) s", run.output, re.M)
    assert match, f"no timing for {label!r}"
    return float(match[1])


@checks("intro/cpu_bound.py")
def test_cpu_bound(run):
    jobs, cpus, workers = map(int, re.fullmatch(
        r"(\d+) jobs, (\d+) usable CPUs, (\d+) workers", run.lines[0]).groups())
    assert workers == jobs == 4
    rows = {label: (float(wall), float(cpu), float(busy))
            for label, wall, cpu, busy in re.findall(
                r"^(\w+) +([\d.]+) s   CPU +([\d.]+) s   "
                r"([\d.]+) cores busy$", run.output, re.M)}
    assert set(rows) == {"serial", "threads", "processes"}
    # Wall-clock times follow the machine's speed and load; how many cores
    # worked at once (CPU time / wall time) follows from the GIL. One
    # process, or threads sharing one GIL, never keep more than one busy.
    assert rows["serial"][2] < 1.15
    assert rows["threads"][2] < 1.15
    # Processes are not bound by one GIL: on an idle machine with two
    # cores the page shows about 1.9. How many cores are free for them is
    # not theirs to decide: Linux shares the CPUs between sessions
    # (autogroup), so a busy program in another session leaves this run
    # one core's worth, and a neighbour whose load changes between the
    # phases gives each phase a different share. So no phase is compared
    # with another here; what holds under any load: no more cores busy
    # than the machine has, and the same work (CPU time, below).
    assert rows["processes"][2] <= cpus + 0.15
    # The same jobs need about the same CPU time however they run (a core
    # whose twin is busy, or a slower clock, can stretch it up to twice).
    for label in ("threads", "processes"):
        assert 1 / 3 < rows[label][1] / rows["serial"][1] < 3
    for label in ("threads", "processes"):
        assert re.search(rf"^speed-up with {label}: +\d+\.\d\dx$",
                         run.output, re.M)
    # Every job counted the same primes, however it ran.
    assert re.fullmatch(r"primes below 60000: \{6057\}", run.lines[-1])


@checks("intro/io_bound.py")
def test_io_bound(run):
    assert run.lines[0] == "4 waits of 0.2 s each"
    serial = _seconds(run, "serial")
    threads, processes = _seconds(run, "threads"), _seconds(run, "processes")
    # A sleep never ends early: four in a row take at least 0.8 s, and no
    # pool finishes before its longest wait.
    assert serial >= 0.79
    assert threads >= 0.199 and processes >= 0.199
    # Threads overlap the waits: one wait and a little, far below four.
    assert threads < serial / 2


@checks("intro/overhead.py")
def test_overhead(run):
    def seconds(label):
        return float(re.search(rf"^{label}: +([\d.]+) s$", run.output,
                               re.M)[1])

    assert run.lines[0] == "10000 tasks, each a call that adds one"
    loop = seconds("loop in this process")
    chunked = seconds("pool.map, automatic chunks")
    one_by_one = seconds("pool.imap, one per message")
    # A message to a worker and back (pickling, a pipe, two processes
    # woken) costs microseconds; a call in a loop costs nanoseconds. The
    # real gap is hundreds of times; ten leaves room for any machine.
    assert one_by_one > 10 * loop
    # map() sends the same work in a handful of chunks.
    assert chunked < one_by_one / 3
    assert re.search(r"^per message: \d+ µs; per call in the loop: \d+ ns$",
                     run.output, re.M)
    assert run.lines[-1] == "same results: True"


@checks("intro/worker_dies.py")
def test_worker_dies(run):
    # The Pool never reports the lost task; the executor always does.
    assert run.lines[0] == "Pool: no result and no error after 2 s"
    assert run.lines[1].startswith(
        "ProcessPoolExecutor: BrokenProcessPool: A process in the process "
        "pool was terminated abruptly")
    assert len(run.lines) == 2


@checks("intro/gil_released.py")
def test_gil_released(run):
    jobs, cpus, workers = map(int, re.fullmatch(
        r"(\d+) jobs, (\d+) usable CPUs, (\d+) threads", run.lines[0]).groups())
    assert workers == jobs == 4
    rows = {label: (float(cpu), float(busy))
            for label, cpu, busy in re.findall(
                r"^(\w+) +[\d.]+ s   CPU +([\d.]+) s   ([\d.]+) cores busy$",
                run.output, re.M)}
    assert set(rows) == {"serial", "threads"}
    assert rows["serial"][1] < 1.15  # one thread: one core at most
    # hashlib runs without the GIL, so the threads hash side by side on as
    # many cores as are free; how many are free is the neighbours' doing
    # (see test_cpu_bound), so the phases are not compared.
    assert rows["threads"][1] <= cpus + 0.15
    assert 1 / 3 < rows["threads"][0] / rows["serial"][0] < 3
    assert re.fullmatch(r"speed-up with threads: +\d+\.\d\dx", run.lines[-1])


@checks("intro/gil_status.py")
def test_gil_status(run):
    version = minor(run.python)
    assert run.lines[0] == "Python " + run.python.split()[1]
    # The matrix runs the standard builds: each has a GIL, switched on.
    assert run.lines[1] == "free-threaded build: False"
    assert run.lines[2] == ("GIL enabled now: True" if version >= (3, 13)
                            else "GIL enabled now: True (every build "
                                 "before 3.13 has one)")
    assert run.lines[3] == (
        "InterpreterPoolExecutor: available, concurrent.futures.interpreter"
        if version >= (3, 14) else "InterpreterPoolExecutor: not in this "
                                   "Python")


@checks("intro/asyncio_waits.py")
def test_asyncio_waits(run):
    assert run.lines[0] == "4 waits of 0.2 s each"
    took = float(re.fullmatch(r"asyncio +([\d.]+) s   \(one thread\)",
                              run.lines[1])[1])
    # No wait ends early, and all four overlap: one wait and a little.
    assert 0.199 <= took < 0.4
