"""Execute the example notebooks, as the tests and the site build both need.

Notebooks live in ``snippets/`` beside the modules they import. Each one is
executed in a fresh kernel whose working directory is its own folder, with a
timeout per cell; the executed copy is what the site renders.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

from tools.running import leftovers
from tools.running.fingerprint import content_hash, local_modules
from tools.running.interpreters import site_python
from tools.paths import CACHE, GENERATED, SNIPPETS

# Notebook under snippets/ -> the page it becomes, under docs/.
PAGES = {"jupyter/jupyter_processes.ipynb": "howto/jupyter.ipynb"}
CELL_TIMEOUT = 120


class NotebookFailed(Exception):
    pass


def _executed_path(name: str) -> Path:
    source = SNIPPETS / name
    return CACHE / "notebooks" / content_hash(source) / source.name


def run_cells(source: Path, timeout: float = CELL_TIMEOUT):
    """Execute a notebook in its own folder; a failing or slow cell raises."""
    import nbclient
    import nbformat

    notebook = nbformat.read(source, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=timeout, allow_errors=False, kernel_name="python3",
        resources={"metadata": {"path": str(source.parent)}})
    # ipykernel stops copying the workers' stderr into the cells when it
    # sees pytest's variable, and a reader's kernel does copy it.
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    try:
        client.execute(env=env)
    except Exception as error:  # nbclient raises several kinds
        raise NotebookFailed(f"notebook {source.name} failed: "
                             f"{type(error).__name__}: {error}") from error
    return notebook


def execute(name: str) -> Path:
    """Run the notebook now; return the executed copy."""
    import nbformat

    start = time.perf_counter()
    with leftovers.recorded(f"{name} (its kernel)"):
        notebook = run_cells(SNIPPETS / name)
    notebook.metadata["mpguide"] = {
        "duration": round(time.perf_counter() - start, 3)}
    python = site_python()
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    page = Path(PAGES[name]).name
    modules = ", ".join(f"[`{m.name}`]({m.name})" for m in local_modules(
        SNIPPETS / name))
    notebook.cells.append(nbformat.v4.new_markdown_cell(
        f"*Executed by the test suite on {python.label}, "
        f"{python.system} {python.machine}, {when}.* "
        f"Download [the notebook]({page}) and {modules}."))
    target = _executed_path(name)
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, target)
    return target


_executed_here: set[Path] = set()
_lock = threading.Lock()  # the tests ask from two threads at once


def ensure(name: str, fresh: bool = False) -> Path:
    """The executed copy for the notebook's current content; ``fresh``
    executes it again unless this process already did."""
    with _lock:
        target = _executed_path(name)
        if not target.is_file() or (fresh and target not in _executed_here):
            target = execute(name)
            _executed_here.add(target)
        return target


def duration(executed: Path) -> float:
    return json.loads(executed.read_text(encoding="utf-8"))[
        "metadata"]["mpguide"]["duration"]


def publish(name: str, executed: Path) -> Path:
    """Put the executed copy where the site build picks it up."""
    page = GENERATED / "notebooks" / PAGES[name]
    page.parent.mkdir(parents=True, exist_ok=True)
    if not page.is_file() or page.read_bytes() != executed.read_bytes():
        shutil.copyfile(executed, page)
    return page


def copy_modules(name: str, page_dir: Path) -> None:
    """Put the modules a notebook imports beside it, for download."""
    for module in local_modules(SNIPPETS / name):
        shutil.copyfile(module, page_dir / module.name)


if __name__ == "__main__":
    for name in sys.argv[1:] or PAGES:
        print(execute(name))
