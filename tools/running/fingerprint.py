"""A hash of everything a snippet's output depends on in this repository."""
from __future__ import annotations

import ast
import hashlib
import json
import sys
import time
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
    return set(_parsed(path)[0])


def named_modules(path: Path) -> set[str]:
    """Names of the modules a script names as files, like the test file
    ``"test_squares.py"`` it hands to pytest (``test_squares``)."""
    return set(_parsed(path)[1])


def _parsed(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    return _parse(path, file_digest(path))  # again only after an edit


@lru_cache(maxsize=4096)
def _parse(path: Path, _digest: bytes
           ) -> tuple[frozenset[str], frozenset[str]]:
    imported, named = set(), set()
    for node in ast.walk(ast.parse(python_source(path))):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif (isinstance(node, ast.ImportFrom) and node.module
              and not node.level):
            imported.add(node.module.split(".")[0])
        elif (isinstance(node, ast.Constant)
              and isinstance(node.value, str)
              and node.value.endswith(".py")
              and node.value[:-3].isidentifier()):
            named.add(node.value[:-3])
    return frozenset(imported), frozenset(named)


def local_modules(path: Path) -> list[Path]:
    """Modules next to ``path`` that it imports or names as a file,
    directly or not."""
    found: dict[Path, None] = {}
    pending = [path]
    while pending:
        current = pending.pop()
        for name in imports(current) | named_modules(current):
            module = path.parent / (name + ".py")
            if module.is_file() and module not in found and module != path:
                found[module] = None
                pending.append(module)
    return sorted(found)


# What every run depends on besides its own folder: how it is started.
RUNNER_FILES = (Path(__file__).with_name("launch.py"),
                Path(__file__).with_name("runner.py"))


def imported_by(path: Path) -> set[str]:
    """What a snippet imports, itself or through its folder's modules."""
    return set().union(*(imports(p) for p in [path, *local_modules(path)]))


def third_party(path: Path) -> set[str]:
    """What a snippet imports, itself or through its folder's modules,
    from neither the standard library nor its folder."""
    return {name for name in imported_by(path)
            if name not in sys.stdlib_module_names
            and not (path.parent / f"{name}.py").is_file()}


def inputs(path: Path) -> list[Path]:
    """Every file a snippet's output depends on in this repository. The
    pinned packages count only for a snippet that imports a package from
    outside the standard library (pinning one more package leaves the
    other snippets' runs valid); a snippet that uses a package imports it,
    even one it runs as ``python -m``."""
    files = [path, *local_modules(path), *RUNNER_FILES]
    if third_party(path):
        files.append(REQUIREMENTS)
    return files


def digest(files: list[Path]) -> str:
    value = hashlib.sha256()
    for part in files:
        value.update(part.name.encode() + b"\0" + part.read_bytes() + b"\0")
    return value.hexdigest()[:16]


# A file whose time is at least this old has its digest kept (see below).
SETTLED_NS = 2_000_000_000
_digests: dict[Path, tuple[tuple, bytes]] = {}


def file_digest(path: Path) -> bytes:
    """The SHA-256 of a file's bytes, read again only when it may have
    changed. Two edits of the same size within one tick of the file
    system's clock leave its time as it was, so, as git treats its index
    ("racy git"), a digest is kept only for a file whose time was already
    well past when it was read: any later edit gives it a later time."""
    stat = path.stat()
    key = (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino)
    kept = _digests.get(path)
    if kept is not None and kept[0] == key:
        return kept[1]
    value = hashlib.sha256(path.read_bytes()).digest()
    if time.time_ns() - max(stat.st_mtime_ns, stat.st_ctime_ns) > SETTLED_NS:
        _digests[path] = (key, value)
    return value


def content_hash(path: Path) -> str:
    """Changes when the snippet, a module it imports, the runner or (for a
    snippet that imports a package) the pinned packages change."""
    # Imports resolve inside the snippet's folder, so the contents of that
    # folder and of the runner's files decide the hash. The cache only
    # saves parsing the imports again.
    state = tuple((p.name, file_digest(p))
                  for p in sorted([*path.parent.glob("*.py"),
                                   *path.parent.glob("*.ipynb"),
                                   *RUNNER_FILES, REQUIREMENTS]))
    return _content_hash(path, state)


@lru_cache(maxsize=1024)
def _content_hash(path: Path, state: tuple) -> str:
    return digest(inputs(path))
