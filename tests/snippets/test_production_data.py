import re

from pickle_messages import check_notes, local_error
from snippet_checks import checks
from tools.building.render import minor


def _kb(text):
    return int(re.fullmatch(r"(\d+) kB", text).group(1))


@checks("production_data/frame_chunks.py")
def test_frame_chunks(run):
    lines = run.lines
    assert lines[0] == "rows back: 200000 in order: True"
    assert lines[1] == "same as serial: True"
    frame = re.fullmatch(r"pickled frame: (\d+ kB)", lines[2])
    assert frame, lines[2]
    chunks = re.fullmatch(r"pickled chunks: \[(.*)\] kB", lines[3])
    assert chunks, lines[3]
    sizes = [int(size) for size in chunks.group(1).split(", ")]
    # Four chunks, and together about the frame: a slice made with
    # iloc pickles its own rows, not the whole frame it came from.
    assert len(sizes) == 4
    whole = _kb(frame.group(1))
    assert 0.9 * whole <= sum(sizes) <= 1.1 * whole
    assert max(sizes) < 0.3 * whole
    back = re.fullmatch(r"one result, chunk back: (\d+ kB)", lines[4])
    assert back, lines[4]
    # The chunk with a column more is bigger than the chunk sent.
    assert _kb(back.group(1)) > sizes[0]
    sums = re.fullmatch(r"one result, sums only: (\d+) bytes", lines[5])
    assert sums, lines[5]
    # Ten sums are a tiny fraction of a chunk.
    assert int(sums.group(1)) * 100 < _kb(back.group(1)) * 1000
    assert len(lines) == 6


@checks("production_data/shared_columns.py")
def test_shared_columns(run):
    pandas = "2.3.3" if minor(run.python) < (3, 11) else "3.1.1"
    # Both pandas versions: a dict of arrays is copied by default
    # (copy=None acts as copy=True for dict data) and read in place
    # with copy=False.
    assert run.lines == [
        f"pandas {pandas}",
        "pd.DataFrame(arrays) copied: {True}",
        "pd.DataFrame(arrays, copy=False) shared: {True}",
        "same as in the parent: True",
    ]


BAR = (r"{name}: +(\d+)%\|[ #0-9]*\| (\d+)/40 "
       r"\[[0-9:]+<[0-9:?]+, +[0-9.?]+ ?(it/s|s/it)\]")


@checks("production_data/progress_bar.py")
def test_progress_bar(run):
    for name in ("imap_unordered", "as_completed"):
        draws = [re.fullmatch(BAR.format(name=name), line)
                 for line in run.lines if line.startswith(name + ":")]
        assert all(draws), run.output
        # Redrawn as results arrive; the last draw is at 40 of 40.
        assert draws[-1].group(1, 2) == ("100", "40")
        assert f"{name} bar reached 40 of 40" in run.lines
    # Nothing from the workers.
    assert all(line.startswith(("imap_unordered", "as_completed"))
               or not line for line in run.lines), run.output


@checks("production_data/gpu_per_worker.py")
def test_gpu_per_worker(run):
    claims = [re.fullmatch(r"worker (\d+) got device (\d)", line)
              for line in run.lines if line.startswith("worker")]
    assert all(claims), run.output
    # Two workers, each with a device of its own.
    assert len({claim.group(1) for claim in claims}) == 2
    assert sorted(claim.group(2) for claim in claims) == ["0", "1"]
    assert "results: [0, 1, 4, 9, 16, 25, 36, 49]" in run.lines
    assert len(run.lines) == 3


@checks("production_data/captured_context.py")
def test_captured_context(run):
    assert run.lines == [
        "multiprocessing.Process now starts with: spawn",
        f"the library's processes still start with: {run.method}",
    ]


def _section(lines, name):
    start = lines.index(f"--- {name}:") + 1
    end = next((i for i in range(start, len(lines))
                if lines[i].startswith("--- ")), len(lines))
    return lines[start:end]


@checks("production_data/decorated_tasks.py")
def test_decorated_tasks(run):
    lines = run.lines
    timed = check_notes(run, _section(lines, "timed"))
    assert len(timed) == 1
    # The message names the wrapper, not the decorated function.
    assert re.fullmatch("(_pickle\\.)?" + local_error(
        run, "timed.<locals>.wrapper"), timed[0]), timed[0]
    assert _section(lines, "wraps") == ["[1, 8, 27]"]
    renamed = check_notes(run, _section(lines, "renamed"))
    assert len(renamed) == 1
    assert re.fullmatch(
        r"_pickle\.PicklingError: Can't pickle <function slow at "
        r"0x[0-9a-f]+>: it's not the same object as __main__\.slow",
        renamed[0]), renamed[0]
