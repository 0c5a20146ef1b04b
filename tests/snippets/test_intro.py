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
    cpus = int(re.fullmatch(r"4 jobs, (\d+) CPUs", run.lines[0])[1])
    rows = dict(re.findall(
        r"^(\w+) +[\d.]+ s   CPU +[\d.]+ s   ([\d.]+) cores busy$",
        run.output, re.M))
    assert set(rows) == {"serial", "threads", "processes"}
    # Wall-clock times swing with the machine's load; how many cores were
    # busy at once does not. The GIL keeps threads on one core at a time.
    assert float(rows["serial"]) < 1.15
    assert float(rows["threads"]) < 1.15
    if cpus >= 2:
        assert float(rows["processes"]) > 1.1
    for label in ("threads", "processes"):
        speedup = float(re.search(rf"speed-up with {label}: +([\d.]+)x",
                                  run.output)[1])
        expected = _seconds(run, "serial") / _seconds(run, label)
        assert abs(speedup - expected) < 0.15 * expected + 0.1
    # Every job counted the same primes, however it ran.
    assert re.fullmatch(r"primes below 12000: \{\d+\}", run.lines[-1])


@checks("intro/io_bound.py")
def test_io_bound(run):
    assert run.lines[0] == "4 waits of 0.03 s each"
    serial = _seconds(run, "serial")
    assert 0.12 <= serial < 0.4
    threads, processes = _seconds(run, "threads"), _seconds(run, "processes")
    assert threads < serial / 2  # the waits overlap
    if run.method != "fork":  # four fresh interpreters cost more
        assert processes > threads


@checks("intro/overhead.py")
def test_overhead(run):
    serial = float(re.search(r"serial: +([\d.]+) s", run.output)[1])
    pool = float(re.search(r"process pool: +([\d.]+) s", run.output)[1])
    assert pool > serial  # the point of the example
    assert run.lines[-1] == "same result: True"
