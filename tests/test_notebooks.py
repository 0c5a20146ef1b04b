"""The notebook pages, executed in a real kernel with a timeout per cell."""
import json

import nbformat
import pytest

from tools import execute, notebooks

pytestmark = pytest.mark.notebook


def _outputs(path):
    """Per code cell: its stream text, and the error name if it raised."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    rows = []
    for cell in cells:
        if cell["cell_type"] != "code":
            continue
        text = "".join("".join(o.get("text", "")) for o in cell["outputs"])
        errors = [o["ename"] for o in cell["outputs"]
                  if o["output_type"] == "error"]
        rows.append((text, errors))
    return rows


@pytest.fixture(scope="module")
def jupyter_processes():
    name = "jupyter/jupyter_processes.ipynb"
    return _outputs(notebooks.ensure(name, fresh=execute.fresh_requested()))


def test_notebook_worker_works_under_fork(jupyter_processes):
    text, errors = jupyter_processes[1]
    assert (text, errors) == ("[0, 1, 4, 9, 16]\n", [])


def test_notebook_worker_breaks_the_pool_under_spawn(jupyter_processes):
    # The children's own tracebacks reach the notebook asynchronously, so
    # only the parent's error is certain here.
    _, errors = jupyter_processes[2]
    assert errors == ["BrokenProcessPool"]


def test_the_function_travels_by_name(jupyter_processes):
    text, errors = jupyter_processes[3]
    assert not errors and "__main__" in text and "square" in text


def test_a_fresh_interpreter_cannot_find_it(jupyter_processes):
    text, errors = jupyter_processes[4]
    assert not errors
    assert text.startswith(
        "AttributeError: Can't get attribute 'square' on <module '__main__'")


def test_worker_from_a_module_works_under_every_method(jupyter_processes):
    text, errors = jupyter_processes[6]
    assert errors == []
    rows = [line.split(None, 1) for line in text.splitlines()]
    assert {method for method, _ in rows} == {"fork", "spawn", "forkserver"}
    assert {result for _, result in rows} == {"[0, 1, 4, 9, 16]"}


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
