import re

from lab_checks import check_figure
from snippet_checks import checks

MACHINE = re.compile(
    r"machine: \S+ \S+, [1-9]\d* usable CPUs, CPython 3\.\d+\.\d+\S*")
SIZES = ["1 KiB", "64 KiB", "1 MiB", "16 MiB", "64 MiB"]
PAYLOADS = ["bytes, 10 MB", "NumPy array, 10 MB", "list of 1M ints",
            "dict of 100k str", "list of 100k tuples"]


def _rows(lines, labels, unit):
    """{label: (median, min, max)} from one row per label, in order."""
    pattern = re.compile(rf"  (\S+(?: \S+)*)  (\d+\.\d+) {re.escape(unit)}"
                         r"  \((\d+\.\d+), (\d+\.\d+)\)")
    rows = [pattern.fullmatch(line) for line in lines[:len(labels)]]
    assert all(rows), f"malformed rows: {lines[:len(labels)]}"
    assert [row[1] for row in rows] == labels
    figures = {}
    for row in rows:
        median, low, high = map(float, row.groups()[1:])
        assert 0 < low <= median <= high, row[0]
        figures[row[1]] = (median, low, high)
    return figures


@checks("lab_data/transfer.py")
def test_transfer(run):
    routes = ["Queue", "Pipe", "shared_memory"]
    assert len(run.lines) == 2 + len(routes) * (1 + len(SIZES)), run.lines
    assert MACHINE.fullmatch(run.lines[0])
    assert run.lines[1] == ("payload to a child and a reply back, "
                            "round trip measured in the parent")
    rates = {}
    for i, route in enumerate(routes):
        at = 2 + i * (1 + len(SIZES))
        assert run.lines[at] == (f"{route}, MiB/s by payload "
                                 f"(median of 5; min, max):")
        rates[route] = _rows(run.lines[at + 1:], SIZES, "MiB/s")
    for route in routes:
        # A round trip costs a fixed latency (system calls, two context
        # switches) plus a time per byte. 1 KiB pays the latency for
        # almost nothing; 64 MiB would need a round trip 65536 times
        # as long as the small one to move bytes no faster.
        assert rates[route]["64 MiB"][0] > rates[route]["1 KiB"][0]
    # Through shared memory 64 MiB is copied twice, in and out. A Queue
    # pickles it, writes it to a pipe in pieces the kernel copies in
    # and out, reads the pieces into a buffer and unpickles: at least
    # four copies and a thousand pipe-sized hand-overs.
    assert rates["shared_memory"]["64 MiB"][0] > \
        rates["Queue"]["64 MiB"][0]
    check_figure(run)


@checks("lab_data/pickle_cost.py")
def test_pickle_cost(run):
    assert len(run.lines) == 3 + 2 * len(PAYLOADS), run.lines
    assert MACHINE.fullmatch(run.lines[0])
    assert run.lines[1] == ("pickle.dumps + pickle.loads, ms "
                            "(median of 5; min, max):")
    times = _rows(run.lines[2:], PAYLOADS, "ms")
    at = 2 + len(PAYLOADS)
    assert run.lines[at] == "pickled size, MB:"
    sizes = [re.fullmatch(r"  (\S+(?: \S+)*)  (\d+\.\d+) MB", line)
             for line in run.lines[at + 1:]]
    assert all(sizes), run.lines[at + 1:]
    assert [size[1] for size in sizes] == PAYLOADS
    size = {row[1]: float(row[2]) for row in sizes}
    # 10**7 bytes of data plus a header of a few hundred bytes at most.
    assert 10.0 <= size["bytes, 10 MB"] <= 10.1
    assert 10.0 <= size["NumPy array, 10 MB"] <= 10.1
    # Pickle writes an int below 2**31 in 2, 3 or 5 bytes.
    assert 2.0 <= size["list of 1M ints"] <= 5.1
    # A million objects, each looked at, written, read and created
    # again, cost more than copying one block of 10 MB twice. Compared
    # on the fastest runs, the least disturbed by other load.
    assert times["list of 1M ints"][1] > times["bytes, 10 MB"][1]
    check_figure(run)
