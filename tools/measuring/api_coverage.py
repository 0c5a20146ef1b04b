"""How much of the public API (tools/measuring/api_names.txt) the guide covers.

    python -m tools.measuring.api_coverage [--missing]

A name counts as covered when a snippet listed in a catalog uses it and a
page explains it (names it in inline code). A snippet uses
``multiprocessing.Lock`` when it imports ``Lock`` from a module of the
standard library's process APIs or reads an attribute ``.Lock``; it uses
``Queue.close`` when it creates a queue (``Queue``) and calls ``.close``;
it uses ``Executor.map(buffersize=)`` when it calls ``map`` with that
keyword. A name without a dot is a function of ``multiprocessing``.
"""
from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from tools.running import catalog, fingerprint
from tools.paths import DOCS

NAMES = Path(__file__).with_name("api_names.txt")
MODULES = ("multiprocessing", "concurrent")

# What creates an object of each class whose members are listed.
CREATORS = {
    "Process": {"Process", "current_process", "parent_process",
                "active_children"},
    "Queue": {"Queue"},
    "JoinableQueue": {"JoinableQueue"},
    "SimpleQueue": {"SimpleQueue"},
    "Connection": {"Pipe", "Client", "accept"},
    "Lock": {"Lock"},
    "RLock": {"RLock"},
    "Semaphore": {"Semaphore", "BoundedSemaphore"},
    "Event": {"Event"},
    "Condition": {"Condition"},
    "Barrier": {"Barrier"},
    "Pool": {"Pool"},
    "AsyncResult": {"apply_async", "map_async", "starmap_async"},
    "IMapIterator": {"imap", "imap_unordered"},
    "Value": {"Value", "RawValue"},
    "Array": {"Array", "RawArray"},
    "SyncManager": {"Manager", "SyncManager"},
    "BaseManager": {"BaseManager", "Manager", "SyncManager",
                    "SharedMemoryManager"},
    "SharedMemory": {"SharedMemory"},
    "ShareableList": {"ShareableList"},
    "SharedMemoryManager": {"SharedMemoryManager"},
    "ProcessPoolExecutor": {"ProcessPoolExecutor"},
    "InterpreterPoolExecutor": {"InterpreterPoolExecutor"},
    "Executor": {"ProcessPoolExecutor", "ThreadPoolExecutor",
                 "InterpreterPoolExecutor"},
    "Future": {"submit", "run_in_executor"},
    "BoundedSemaphore": {"BoundedSemaphore"},
    "DictProxy": {"dict"},  # a manager's dict()
    "ListProxy": {"list"},
}
# Operators a snippet uses, by the special method that implements them.
OPERATORS = {ast.BitOr: "__or__"}


@dataclass(frozen=True)
class Name:
    part: str
    # "multiprocessing.Lock", "Queue.close", "Executor.map(buffersize=)"
    full: str

    @property
    def _dotted(self) -> str:
        return self.full.split("(", 1)[0]

    @property
    def keyword(self) -> str | None:
        """``buffersize`` for ``Executor.map(buffersize=)``."""
        match = re.search(r"\((\w+)=\)$", self.full)
        return match[1] if match else None

    @property
    def attr(self) -> str:
        return self._dotted.rsplit(".", 1)[-1]

    @property
    def owner(self) -> str:
        return self._dotted.rsplit(".", 1)[0] if "." in self._dotted else ""

    @property
    def is_member(self) -> bool:
        return bool(self.owner) and not self.full.startswith(MODULES)


def names() -> list[Name]:
    part, found = "", []
    for line in NAMES.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("["):
            part = line.strip("[]")
        elif line and not line.startswith("#"):
            found.append(Name(part, line))
    return found


@dataclass
class Used:
    attributes: set[str]  # every `.attr` read, and OPERATORS' methods
    imported: set[str]  # names imported from the process-API modules
    keywords: set[tuple[str, str]]  # (function, keyword) of every call

    def __post_init__(self):
        self.seen = self.attributes | self.imported


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(
        func, "id", "")


def _used(path: Path) -> Used:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    attributes, imported, keywords = set(), set(), set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.BinOp, ast.AugAssign)) and \
                type(node.op) in OPERATORS:
            attributes.add(OPERATORS[type(node.op)])
        if isinstance(node, ast.Call):
            keywords |= {(_called(node), k.arg) for k in node.keywords}
        if isinstance(node, ast.Attribute):
            attributes.add(node.attr)
        elif isinstance(node, ast.ImportFrom) and node.module and \
                node.module.startswith(MODULES):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.Import):
            imported |= {alias.name.rsplit(".", 1)[-1]
                         for alias in node.names}
    return Used(attributes, imported, keywords)


def uses(used: Used, name: Name) -> bool:
    if name.keyword:
        return (name.attr, name.keyword) in used.keywords
    if not name.is_member:
        return name.attr in used.seen
    creators = CREATORS.get(name.owner, {name.owner})
    return name.attr in used.attributes and bool(creators & used.seen)


def _code_spans() -> str:
    """Every inline code span of the pages, one a line."""
    pages = sorted(DOCS.rglob("*.md"))
    return _code_spans_of(
        tuple((p, fingerprint.file_digest(p)) for p in pages))


@lru_cache(maxsize=8)
def _code_spans_of(pages: tuple) -> str:
    return "\n".join(span for page, _ in pages for span in re.findall(
        r"`[^`\n]*`", page.read_text(encoding="utf-8")))


def explained(name: Name, spans: str | None = None) -> bool:
    """Some page names it in inline code: `Lock`, `q.close()`, ...; a
    keyword by itself: `buffersize=N`."""
    term = name.keyword or name.attr
    return re.search(rf"\b{re.escape(term)}\b",
                     _code_spans() if spans is None else spans) is not None


def _names_used(path: Path, listed: tuple[Name, ...]) -> frozenset[Name]:
    # A long-lived process (`make serve`) sees edits.
    return _names_used_version(path, fingerprint.file_digest(path), listed)


@lru_cache(maxsize=4096)
def _names_used_version(path: Path, _digest: bytes,
                        listed: tuple[Name, ...]) -> frozenset[Name]:
    # Kept per version of the script: a rebuild after one edit tests the
    # other scripts against the names again otherwise.
    used = _used(path)
    return frozenset(name for name in listed if uses(used, name))


def coverage() -> dict[Name, list[str]]:
    """Name -> the snippets that use it (empty if not covered)."""
    listed = tuple(names())
    scripts = [(s.name, _names_used(s.path, listed))
               for s in catalog.load().values() if s.path.suffix == ".py"]
    spans = _code_spans()
    return {name: [script for script, used in scripts if name in used]
            if explained(name, spans) else [] for name in listed}


def main(argv: list[str]) -> None:
    found = coverage()
    parts = list(dict.fromkeys(name.part for name in found))
    for part in parts:
        mine = [name for name in found if name.part == part]
        covered = [name for name in mine if found[name]]
        print(f"{part}: {len(covered)} of {len(mine)} covered")
        if "--missing" in argv:
            for name in mine:
                if not found[name]:
                    print(f"  missing: {name.full}")
    total = sum(1 for name in found if found[name])
    print(f"total: {total} of {len(found)} "
          f"({100 * total / len(found):.0f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])
