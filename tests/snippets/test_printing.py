import re

from snippet_checks import checks

TOTALS = {1: 7999998000000, 2: 4499998500000, 3: 1999999000000,
          4: 499999500000}
LINES = [f"process {n} finished (total {t})" for n, t in TOTALS.items()]


@checks("printing/unordered.py")
def test_unordered(run):
    # Any order is correct here. A line could even tear if a child's
    # stdout were unbuffered (-u, PYTHONUNBUFFERED=1): print() then writes
    # the text and the newline separately. See torn_lines.py.
    found = re.findall(r"process \d finished \(total \d+\)", run.output)
    assert sorted(found) == LINES
    assert run.output.count("\n") == len(LINES) + 1
    assert run.lines[-1] == "main process exits"


@checks("printing/ordered.py")
def test_ordered(run):
    assert run.lines == LINES + ["main process exits"]


MODE_ROW = re.compile(r"(line-buffered|block-buffered|unbuffered \(-u\)) +"
                      r"torn lines: +(\d+)   every byte arrived: (\w+)")


@checks("printing/torn_lines.py")
def test_torn_lines(run):
    # Each child prints more than the 128 KiB that a pipe's stdout buffer
    # holds from 3.14 (gh-117151), so its output leaves in several chunks
    # on every version, 8 KiB ones up to 3.13.
    assert run.lines[0] == ("4 children x 20000 lines (536 KiB each) "
                            "into one pipe")
    rows = [MODE_ROW.fullmatch(line) for line in run.lines[1:]]
    assert len(rows) == 3 and all(rows), run.lines
    torn = {row[1]: int(row[2]) for row in rows}
    assert list(torn) == ["line-buffered", "block-buffered",
                          "unbuffered (-u)"]
    # Line-buffered, each line leaves in one write() far below PIPE_BUF,
    # and such a write to a pipe is atomic: no line can tear.
    assert torn["line-buffered"] == 0
    # Block-buffered, a line tears where a chunk ends inside it and another
    # child's chunk lands next: with four children each pushing over
    # 512 KiB through one 64 KiB pipe, they take turns many times.
    assert 0 < torn["block-buffered"] <= 4 * 20000
    # Unbuffered, how many tear depends on the scheduler: only bounds.
    assert 0 <= torn["unbuffered (-u)"] <= 4 * 20000
    # Torn or not, every mode delivered all the bytes the children wrote:
    # the same bytes, each as many times.
    assert [row[3] for row in rows] == ["True"] * 3


@checks("printing/held_output.py")
def test_held_output(run):
    # The child's stdout is a pipe, block-buffered: its line stays in the
    # child's buffer until the child exits and flushes it. Nothing can
    # reach the pipe earlier, so "nothing arrived" is certain, not timing.
    assert run.lines == [
        "while the child runs: nothing arrived in 1 s",
        "after the child exited: the child's line",
    ]
