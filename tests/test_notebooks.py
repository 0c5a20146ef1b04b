"""The notebook pages, executed in a real kernel with a timeout per cell."""
import json

import nbformat
import pytest

from tools.running import execute, notebooks

pytestmark = pytest.mark.notebook


class Cell:
    """One executed code cell: what it printed, and the errors it raised."""

    def __init__(self, cell):
        self.source = "".join(cell["source"])
        # Only stdout: children's tracebacks go to the kernel's stderr,
        # which ipykernel forwards to the notebook only outside pytest, and
        # asynchronously, so they may land in a later cell.
        self.stdout = "".join(
            "".join(o["text"]) for o in cell["outputs"]
            if o["output_type"] == "stream" and o["name"] == "stdout")
        self.errors = [o["ename"] for o in cell["outputs"]
                       if o["output_type"] == "error"]


def _cells(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [Cell(c) for c in cells if c["cell_type"] == "code"]


@pytest.fixture(scope="module")
def cells():
    name = "jupyter/jupyter_processes.ipynb"
    return _cells(notebooks.ensure(name, fresh=execute.fresh_requested()))


def _cell(cells, fragment):
    """The one code cell whose source contains ``fragment``."""
    found = [cell for cell in cells if fragment in cell.source]
    assert len(found) == 1, f"{len(found)} cells contain {fragment!r}"
    return found[0]


MISSING = "AttributeError: Can't get attribute 'square' on <module '__main__'"
SQUARES = "[0, 1, 4, 9, 16]"


def test_no_cell_raises(cells):
    assert [cell.errors for cell in cells] == [[] for _ in cells]


def test_notebook_worker_works_under_fork(cells):
    assert _cell(cells, 'get_context("fork")').stdout == SQUARES + "\n"


def test_the_kernel_runs_other_threads(cells):
    text = _cell(cells, "threading.active_count()").stdout
    count, rest = text.split(None, 1)
    assert int(count) > 1 and rest == "threads are running in this kernel\n"


def test_notebook_worker_breaks_the_pool_under_spawn_and_forkserver(cells):
    cell = _cell(cells, "except BrokenProcessPool")
    rows = [line.split(None, 1) for line in cell.stdout.splitlines()]
    assert [method for method, _ in rows] == ["spawn", "forkserver"]
    assert {message for _, message in rows} == {
        "BrokenProcessPool: A process in the process pool was terminated "
        "abruptly while the future was running or pending."}


def test_the_function_travels_by_name(cells):
    text = _cell(cells, "pickle.dumps(square)").stdout
    assert "__main__" in text and "square" in text


def test_the_kernels_main_has_no_file(cells):
    assert _cell(cells, "import __main__").stdout == "None\n"


def test_a_fresh_interpreter_cannot_find_it(cells):
    assert _cell(cells, "pickle.loads").stdout.startswith(MISSING)


def test_pool_waits_forever_and_replaces_dead_workers(cells):
    cell = _cell(cells, "map_async")
    # Each of the 5 tasks kills the worker that takes it; the pool starts a
    # new one each time, all within a second or two of the 10 s.
    assert cell.stdout.splitlines() == [
        "timed out after 10 s: no result, and no error",
        "first workers still alive: 0 of 2",
        "workers alive now: 2"]


def test_worker_from_a_module_works_under_every_method(cells):
    cell = _cell(cells, "from workers import square")
    rows = [line.split(None, 1) for line in cell.stdout.splitlines()]
    assert {method for method, _ in rows} == {"fork", "spawn", "forkserver"}
    assert {result for _, result in rows} == {SQUARES}


def test_worker_from_a_module_works_with_pool(cells):
    assert _cell(cells, "as pool:\n    print(pool.map(").stdout == (
        SQUARES + "\n")


def _notebook(tmp_path, *sources):
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(s) for s in sources]
    path = tmp_path / "broken.ipynb"
    nbformat.write(notebook, path)
    return path


def test_a_failing_cell_fails_naming_the_notebook(tmp_path):
    path = _notebook(tmp_path, "x = 1", "raise ValueError('bad cell')")
    with pytest.raises(notebooks.NotebookFailed,
                       match=r"(?s)notebook broken.ipynb failed: .*bad cell"):
        notebooks.run_cells(path)


def test_a_hanging_cell_is_stopped_at_its_timeout(tmp_path):
    path = _notebook(tmp_path, "import time; time.sleep(600)")
    with pytest.raises(notebooks.NotebookFailed, match="(?s)broken.ipynb.*Timeout"):
        notebooks.run_cells(path, timeout=2)
