"""The notebook pages, executed in a real kernel with a timeout per cell."""
import json

import pytest

from tools import execute, notebooks


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
    text, errors = jupyter_processes[2]
    assert errors == ["BrokenProcessPool"]
    assert "Can't get attribute 'square' on <module '__main__'" in text


def test_worker_from_a_module_works_under_every_method(jupyter_processes):
    text, errors = jupyter_processes[4]
    assert errors == []
    rows = [line.split(None, 1) for line in text.splitlines()]
    assert {method for method, _ in rows} == {"fork", "spawn", "forkserver"}
    assert {result for _, result in rows} == {"[0, 1, 4, 9, 16]"}
