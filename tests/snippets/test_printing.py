import re

from snippet_checks import checks

TOTALS = {1: 7999998000000, 2: 4499998500000, 3: 1999999000000,
          4: 499999500000}
LINES = [f"process {n} finished (total {t})" for n, t in TOTALS.items()]


@checks("printing/unordered.py")
def test_unordered(run):
    # Any order is correct here, and lines may even tear apart: print()
    # writes the text and the newline separately. That is the lesson.
    found = re.findall(r"process \d finished \(total \d+\)", run.output)
    assert sorted(found) == LINES
    assert run.output.count("\n") == len(LINES) + 1
    assert run.lines[-1] == "main process exits"


@checks("printing/ordered.py")
def test_ordered(run):
    assert run.lines == LINES + ["main process exits"]
