import multiprocessing
import re

from lab_checks import check_figure
from snippet_checks import checks

MACHINE = re.compile(
    r"machine: \S+ \S+, [1-9]\d* usable CPUs, CPython 3\.\d+\.\d+\S*")
HEADER = re.compile(r"(.+), ms \(median of (\d+); min, max\):")
ROW = re.compile(r"  (\S+)  (\d+\.\d+) ms  \((\d+\.\d+), (\d+\.\d+)\)")


def _section(lines, title, methods):
    """The repeat count and {method: (median, min, max)} of a section
    that starts at lines[0]; every method has its row, in order."""
    header = HEADER.fullmatch(lines[0])
    assert header, f"not a section header: {lines[0]!r}"
    assert header[1] == title
    rows = [ROW.fullmatch(line) for line in lines[1:1 + len(methods)]]
    assert all(rows), f"malformed rows: {lines[1:1 + len(methods)]}"
    assert [row[1] for row in rows] == methods
    figures = {}
    for row in rows:
        median, low, high = map(float, row.groups()[1:])
        assert 0 < low <= median <= high, row[0]
        figures[row[1]] = (median, low, high)
    return int(header[2]), figures


@checks("lab_start/start_cost.py")
def test_start_cost(run):
    # The start methods of this platform, in the snippet's order.
    methods = [m for m in ("fork", "spawn", "forkserver")
               if m in multiprocessing.get_all_start_methods()]
    n = len(methods)
    assert len(run.lines) == 3 + 2 * n, run.lines
    assert MACHINE.fullmatch(run.lines[0])
    repeats, process = _section(
        run.lines[1:], "start and join one process", methods)
    assert repeats == 20
    repeats, pool = _section(
        run.lines[2 + n:],
        "start a pool of 2 workers and get one result", methods)
    assert repeats == 5
    for method in methods:
        # A pool starts two processes and answers a task: it cannot
        # be ready faster than the quickest single start-and-join.
        assert pool[method][0] > process[method][1] * 0.5
    if {"fork", "spawn"} <= set(methods):
        # spawn runs a fresh interpreter that imports multiprocessing
        # and the main module; fork copies a running process. Compared
        # on the fastest runs, the least disturbed by other load.
        assert process["spawn"][1] > 2 * process["fork"][1]
        assert pool["spawn"][1] > 2 * pool["fork"][1]
    check_figure(run)
