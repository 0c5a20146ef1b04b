"""Memory sizes differ by machine: assert only what follows from what
the children do, with wide margins."""
import re

from snippet_checks import checks


def _sizes(run):
    """Each labelled size in MiB, keyed by its label."""
    return {label.strip(): float(size) for label, size in
            re.findall(r"^(.+?): +(\d+\.\d) MiB$", run.output, re.M)}


@checks("copy_on_write/reading_copies.py")
def test_reading_copies(run):
    sizes = _sizes(run)
    assert list(sizes) == [
        "1,000,000 records built by the parent",
        "1,000,000 numbers in an array.array",
        "copied by a child that does nothing",
        "copied by a child that reads the records",
        "copied by a child that reads the array",
    ]
    records = sizes["1,000,000 records built by the parent"]
    # A million objects cannot take less than 16 bytes each.
    assert records >= 15
    numbers = sizes["1,000,000 numbers in an array.array"]
    # Doing nothing writes to none of the inherited pages...
    assert sizes["copied by a child that does nothing"] < 0.2 * records
    # ...reading writes a reference count in every record and every
    # int, which fill most of what the parent built...
    assert sizes["copied by a child that reads the records"] >= (
        0.5 * records)
    # ...while the array's numbers are bytes with no count to write (a
    # few pages of temporaries; a 2 MiB huge page each on old kernels).
    assert sizes["copied by a child that reads the array"] < 0.1 * records


@checks("copy_on_write/gc_freeze.py")
def test_gc_freeze(run):
    assert len(run.lines) == 5
    assert run.lines[2] == "after gc.freeze() in the parent:"
    labels = [line.split(":")[0].strip()
              for line in run.lines[:2] + run.lines[3:]]
    assert labels == [
        "records built by the parent",
        "copied by the child's gc.collect()",
        "copied by the child's gc.collect()",
        "copied by a child that reads them all",
    ]
    built, collected, frozen_collected, frozen_read = (
        float(re.search(r" (\d+\.\d) MiB$", line)[1])
        for line in run.lines[:2] + run.lines[3:])
    assert built >= 15
    # A full collection writes to the header of every record it tracks.
    assert collected >= 0.25 * built
    # Frozen objects are skipped by the collector: it writes to none.
    assert frozen_collected < 0.2 * built
    # But reading still writes reference counts: frozen or not.
    assert frozen_read >= 0.5 * built
