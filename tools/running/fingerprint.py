"""A hash of everything a snippet's output depends on in this repository."""
from __future__ import annotations

import ast
import hashlib
import json
from functools import lru_cache
from pathlib import Path

from tools.paths import REQUIREMENTS



def python_source(path: Path) -> str:
    """The code of a script, or of a notebook's code cells (magics dropped)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".ipynb":
        return text
    cells = json.loads(text)["cells"]
    lines = [line for cell in cells if cell["cell_type"] == "code"
             for line in "".join(cell["source"]).splitlines()]
    return "\n".join(l for l in lines if not l.lstrip().startswith(("%", "!")))


def imports(path: Path) -> set[str]:
    """Top-level names of the modules a script imports (``numpy`` for
    ``from numpy.linalg import norm``); relative imports are left out."""
    stat = path.stat()  # parsed again only when the file changes
    return set(_imports(path, stat.st_mtime_ns, stat.st_size))


@lru_cache(maxsize=4096)
def _imports(path: Path, _mtime: int, _size: int) -> frozenset[str]:
    names = set()
    for node in ast.walk(ast.parse(python_source(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif (isinstance(node, ast.ImportFrom) and node.module
              and not node.level):
            names.add(node.module.split(".")[0])
    return frozenset(names)


def local_modules(path: Path) -> list[Path]:
    """Modules next to ``path`` that it imports, directly or not."""
    found: dict[Path, None] = {}
    pending = [path]
    while pending:
        for name in imports(pending.pop()):
            module = path.parent / (name + ".py")
            if module.is_file() and module not in found:
                found[module] = None
                pending.append(module)
    return sorted(found)


# What every run depends on besides its own folder: how it is started, and
# the packages installed beside it.
RUNNER_FILES = (Path(__file__).with_name("launch.py"),
                Path(__file__).with_name("runner.py"),
                REQUIREMENTS)


def inputs(path: Path) -> list[Path]:
    """Every file a snippet's output depends on in this repository."""
    return [path, *local_modules(path), *RUNNER_FILES]


def digest(files: list[Path]) -> str:
    value = hashlib.sha256()
    for part in files:
        value.update(part.name.encode() + b"\0" + part.read_bytes() + b"\0")
    return value.hexdigest()[:16]


def content_hash(path: Path) -> str:
    """Changes when the snippet, a module it imports or the runner changes."""
    # Imports resolve inside the snippet's folder, so the contents of that
    # folder and of the runner's files decide the hash. (Not their
    # timestamps: two edits of the same size within a clock tick look
    # alike.) The cache only saves parsing the imports again.
    state = tuple((p.name, hashlib.sha256(p.read_bytes()).digest())
                  for p in sorted([*path.parent.glob("*.py"),
                                   *path.parent.glob("*.ipynb"),
                                   *RUNNER_FILES]))
    return _content_hash(path, state)


@lru_cache(maxsize=1024)
def _content_hash(path: Path, state: tuple) -> str:
    return digest(inputs(path))
