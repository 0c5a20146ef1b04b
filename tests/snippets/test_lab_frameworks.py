import re

from lab_checks import check_figure
from snippet_checks import checks

MACHINE = re.compile(
    r"machine: \S+ \S+, ([1-9]\d*) usable CPUs, CPython 3\.\d+\.\d+\S*")
HEADER = re.compile(r"(.+), (\w+) \((.*)median of (\d+); min, max\):")
ROW = re.compile(r"  (\S+)  (\d+\.\d+) (\w+)  \((\d+\.\d+), (\d+\.\d+)\)")
WAYS = ["Pool", "ProcessPoolExecutor", "joblib", "Dask", "Ray"]


def _primes_below(limit):
    sieve = bytearray([1]) * limit
    sieve[:2] = b"\0\0"
    for n in range(2, int(limit ** 0.5) + 1):
        if sieve[n]:
            sieve[n * n::n] = bytearray(len(sieve[n * n::n]))
    return sum(sieve)


def _sections(lines):
    """{title: (unit, repeats, {label: (median, min, max)})}"""
    found, current = {}, None
    for line in lines:
        header = HEADER.fullmatch(line)
        if header:
            current = {}
            found[header[1]] = (header[2], int(header[4]), current)
        elif line.startswith("  "):
            row = ROW.fullmatch(line)
            assert row, f"malformed row: {line!r}"
            median, low, high = map(float, row.group(2, 4, 5))
            assert 0 < low <= median <= high, line
            current[row[1]] = (median, low, high)
    return found


@checks("lab_frameworks/compare.py")
def test_compare(run):
    cpus = int(MACHINE.fullmatch(run.lines[0])[1])
    # Never fork, whatever the default: forkserver where there is one.
    method = "spawn" if run.lines[0].split()[1] == "Windows" else (
        "forkserver")
    assert run.lines[1] == (
        f"start method of Pool and ProcessPoolExecutor: {method}")
    assert re.fullmatch(r"versions: joblib \S+, dask \S+, ray \S+",
                        run.lines[2])
    assert run.lines[3] == "workers: 2"
    sections = _sections(run.lines[4:-2])
    limit = 60_000
    assert run.lines[-2] == (
        f"every way found {_primes_below(limit)} primes in each job")
    # The threads that outlived Dask and Ray: as many as named, one of
    # them the main thread.
    count, names = re.fullmatch(
        r"threads left in this process: (\d+) \((.+)\)",
        run.lines[-1]).groups()
    assert "MainThread" in names.split(", ")
    assert int(count) == len(names.split(", "))
    start = sections["start to first result"]
    overhead = sections["per-task overhead"]
    work = sections[f"8 prime counts below {limit}"]
    assert (start[0], overhead[0], work[0]) == ("ms", "us", "s")
    assert start[1] == overhead[1] == work[1] == 3
    assert list(start[2]) == list(overhead[2]) == WAYS
    assert list(work[2]) == ["serial", *WAYS]
    # Dask and Ray start fresh interpreters that import their whole
    # runtime, plus a scheduler: no faster than a Pool's start.
    for way in ("Dask", "Ray"):
        assert start[2][way][1] > 2 * start[2]["Pool"][1], way
    # Dask's scheduler handles every task on its way: it adds more per
    # task than a Pool's pipe does.
    assert overhead[2]["Dask"][1] > overhead[2]["Pool"][1]
    # Eight equal jobs on 2 workers (at most `cpus` cores): nobody can
    # take less than the loop's time over the cores, with a wide margin
    # for the loop being measured at another moment.
    serial = work[2]["serial"][1]
    for way in WAYS:
        assert work[2][way][1] > 0.5 * serial / min(2, cpus), way
    check_figure(run)
