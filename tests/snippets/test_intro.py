import re
import sys

from snippet_checks import checks


@checks("intro/own_memory.py")
def test_own_memory(run):
    # fork copies the parent's memory, counter = 1 included; spawn and
    # forkserver children import the module afresh, so they start from 0.
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
    cpus = int(re.search(r"4 jobs, (\d+) CPUs", run.output)[1])
    results = re.findall(r"results=(\[.*\])", run.output)
    assert results == ["[4203, 4203, 4203, 4203]"] * 3
    serial = _seconds(run, "serial")
    threads = _seconds(run, "threads")
    processes = _seconds(run, "processes")
    # The lesson: threads do not beat serial on pure-Python work, processes
    # do when there is more than one CPU. Loose bounds, as the machine varies.
    assert threads > 0.7 * serial
    if cpus >= 2:
        assert processes < 0.8 * serial
    speedups = re.findall(r"speed-up with \w+: +([\d.]+)x", run.output)
    assert len(speedups) == 2


@checks("intro/io_bound.py")
def test_io_bound(run):
    assert run.lines[0] == "8 waits of 0.2 s each"
    assert 1.6 <= _seconds(run, "serial") < 2.5
    assert _seconds(run, "threads") < 0.6
    assert _seconds(run, "processes") < 1.6


@checks("intro/overhead.py")
def test_overhead(run):
    serial = float(re.search(r"serial: +([\d.]+) s", run.output)[1])
    pool = float(re.search(r"process pool: +([\d.]+) s", run.output)[1])
    assert pool > serial  # the point of the example
    assert run.lines[-1] == "same result: True"
