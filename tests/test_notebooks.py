"""The notebook pages, executed in a real kernel with a timeout per cell."""
import json
import os

import nbformat
import pytest

from tools.running import execute, notebooks

pytestmark = pytest.mark.notebook


class Cell:
    """One executed code cell: what it printed, and the errors it raised."""

    def __init__(self, cell):
        self.source = "".join(cell["source"])
        self.stdout = self._stream(cell, "stdout")
        # What children wrote to the kernel's stderr (fd 2), which ipykernel
        # copies into the running cell on Linux and macOS. It arrives
        # asynchronously: only a cell that waits long after the child wrote
        # it is sure to hold it.
        self.stderr = self._stream(cell, "stderr")
        self.errors = [o["ename"] for o in cell["outputs"]
                       if o["output_type"] == "error"]

    @staticmethod
    def _stream(cell, name):
        return "".join(
            "".join(o["text"]) for o in cell["outputs"]
            if o["output_type"] == "stream" and o["name"] == name)


def _cells(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [Cell(c) for c in cells if c["cell_type"] == "code"]


def _kernel_version(path):
    """(major, minor) of the Python the kernel ran, as the kernel said."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    text = notebook["metadata"]["language_info"]["version"]
    return tuple(int(part) for part in text.split(".")[:2])


@pytest.fixture(scope="module")
def executed():
    """The executed copy of the notebook."""
    name = "jupyter/jupyter_processes.ipynb"
    # ipykernel stops copying fd 2 into the cells when it sees this variable
    # in its environment; a reader's kernel does copy it.
    saved = os.environ.pop("PYTEST_CURRENT_TEST", None)
    try:
        path = notebooks.ensure(name, fresh=execute.fresh_requested())
    finally:
        if saved is not None:
            os.environ["PYTEST_CURRENT_TEST"] = saved
    return path


@pytest.fixture(scope="module")
def cells(executed):
    return _cells(executed)


@pytest.fixture(scope="module")
def missing(executed):
    """How the kernel's pickle says a child has no `square`: reworded in
    3.14 (gh-122311). The notebook's text quotes both forms."""
    if _kernel_version(executed) >= (3, 14):
        return "AttributeError: module '__main__' has no attribute 'square'"
    return "AttributeError: Can't get attribute 'square' on <module '__main__'"


def _cell(cells, fragment):
    """The one code cell whose source contains ``fragment``."""
    found = [cell for cell in cells if fragment in cell.source]
    assert len(found) == 1, f"{len(found)} cells contain {fragment!r}"
    return found[0]


SQUARES = "[0, 1, 4, 9, 16]"
BROKEN = ("BrokenProcessPool: A process in the process pool was terminated "
          "abruptly while the future was running or pending.")


def test_no_cell_raises(cells):
    assert [cell.errors for cell in cells] == [[] for _ in cells]


def test_notebook_worker_works_under_fork(cells):
    assert _cell(cells, 'get_context("fork")').stdout == SQUARES + "\n"


def test_the_kernel_runs_other_threads(cells):
    text = _cell(cells, "threading.active_count()").stdout
    count, rest = text.split(None, 1)
    assert int(count) > 1 and rest == "threads are running in this kernel\n"


def test_notebook_worker_breaks_the_pool_under_spawn_and_forkserver(cells):
    cell = _cell(cells, 'for method in ["spawn", "forkserver"]')
    rows = [line.split(None, 1) for line in cell.stdout.splitlines()]
    assert [method for method, _ in rows] == ["spawn", "forkserver"]
    assert {message for _, message in rows} == {BROKEN}


def test_the_function_travels_by_name(cells):
    text = _cell(cells, "pickle.dumps(square)").stdout
    assert "__main__" in text and "square" in text


def test_the_kernels_main_has_no_file(cells):
    assert _cell(cells, "import __main__").stdout == "None\n"


def test_a_fresh_interpreter_cannot_find_it(cells, missing):
    assert _cell(cells, "pickle.loads").stdout.startswith(missing)


def test_pool_waits_forever_and_replaces_the_dead_worker(cells):
    cell = _cell(cells, "result = pool.apply_async(square")
    # The one task kills the worker that takes it; the other first worker
    # stays, and the pool replaces the dead one long before the 5 s.
    assert cell.stdout.splitlines() == [
        "timed out after 5 s: no result, and no error",
        "first workers still alive: 1 of 2",
        "workers alive now: 2"]


def test_the_dead_workers_traceback_reaches_the_cell(cells, missing):
    # The worker died seconds before the cell ended, so its traceback is
    # here, once: it failed reading its task, in pool.worker().
    stderr = _cell(cells, "result = pool.apply_async(square").stderr
    assert stderr, ("no stderr: was the kernel started with "
                    "PYTEST_CURRENT_TEST in its environment?")
    assert stderr.count("Traceback (most recent call last):") == 1
    assert stderr.startswith("Process SpawnPoolWorker-")
    assert "in worker\n    task = get()" in stderr
    assert stderr.splitlines()[-1].startswith(missing)


def test_worker_from_a_module_works_under_every_method(cells):
    cell = _cell(cells, "from workers import square")
    rows = [line.split(None, 1) for line in cell.stdout.splitlines()]
    assert {method for method, _ in rows} == {"fork", "spawn", "forkserver"}
    assert {result for _, result in rows} == {SQUARES}


def test_worker_from_a_module_works_with_pool(cells):
    cell = _cell(cells, "as pool:\n    print(pool.apply_async(square")
    assert cell.stdout == "9\n" + SQUARES + "\n"
    assert cell.stderr == ""


def test_the_kernel_runs_cells_as_main(cells):
    assert _cell(cells, "print(__name__)").stdout == "__main__\n"


def test_the_main_guard_does_not_help_a_notebook_worker(cells):
    assert _cell(cells, "def cube(x)").stdout == BROKEN + "\n"


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


def test_the_text_quotes_the_message_of_every_version():
    # The cells' output shows one Python's wording; readers of the others
    # search for theirs.
    source = notebooks.SNIPPETS / "jupyter/jupyter_processes.ipynb"
    cells = json.loads(source.read_text(encoding="utf-8"))["cells"]
    text = "".join("".join(c["source"]) for c in cells
                   if c["cell_type"] == "markdown")
    assert "Can't get attribute 'square' on <module '__main__'" in text
    assert "module '__main__' has no attribute 'square'" in text
