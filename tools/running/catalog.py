"""The list of snippets and what each one is expected to do.

Each folder of ``snippets/`` has a ``snippets.toml`` with one table per
snippet of that folder, keyed by its file name; a snippet's name is its path
under ``snippets/``, e.g. ``pool/map_squares.py``. Keys (all optional):

- ``expect_exit``: exit code, or a table of exit codes per start method,
  for a snippet that demonstrates a failure (default 0). A method's entry
  may itself be a table per minor version, e.g.
  ``{ forkserver = { "3.14" = 1 } }``; versions it does not list exit 0.
- ``timeout``: seconds before the run is killed (default 60).
- ``alone``: the snippet measures how long computing or starting
  processes takes, so it never runs beside another (a busy machine would
  change its figures). Times made of sleeps and timeouts need no such
  care: other runs lengthen them by milliseconds, and their tests check
  floors the sleeps set.
- ``per_method``: its output differs by start method; pages show one tab
  per method.
- ``by_version``: its output differs by Python version; pages show one tab
  per group of versions that print the same, newest first.
- ``min_python``: oldest Python it runs on, e.g. ``"3.13"``.
- ``main_guard = false``: it lacks ``if __name__ == "__main__":`` on
  purpose, to show what goes wrong without it.
- ``lab``: a performance-lab measurement. It runs alone, once: on the
  newest interpreter of the matrix with its default start method (the
  first one it lists), since its figures, not the matrix, are the point.
- ``one_method``: it runs once per interpreter, with that interpreter's
  default method, since the method cannot change what it shows: its
  processes are started by a library (Dask, Ray), or what it shows
  happens in the parent before any start method acts (an argument
  check, most error messages' pages).
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tools.paths import CATALOG_NAME, SNIPPETS


@dataclass(frozen=True)
class Snippet:
    name: str  # path under snippets/, with forward slashes
    expect_exit: int | dict
    timeout: float = 60
    alone: bool = False
    per_method: bool = False
    by_version: bool = False
    min_python: tuple[int, int] = (3, 9)
    main_guard: bool = True
    lab: bool = False
    one_method: bool = False
    root: Path = SNIPPETS  # the folder `name` is relative to

    @property
    def path(self) -> Path:
        return self.root / self.name

    def expected_exit(self, method: str, version: tuple[int, int]) -> int:
        expected = self.expect_exit
        if isinstance(expected, dict):
            expected = expected.get(method, 0)
        if isinstance(expected, dict):
            expected = expected.get("%d.%d" % tuple(version[:2]), 0)
        return expected

    def runs_on(self, version: tuple[int, int]) -> bool:
        return tuple(version[:2]) >= self.min_python

    def skip_reason(self, version: tuple[int, int]) -> str | None:
        """Why it does not run on this Python version, or None: too old, or
        a package it imports has no release pinned for the version."""
        if not self.runs_on(version):
            return "needs Python %d.%d+" % self.min_python
        from tools.running.environments import unpinned_for
        missing = unpinned_for(self.path, version)
        if missing:
            python = "%d.%d" % version[:2]
            return "; ".join(f"no {name} for Python {python} ({why})"
                             for name, why in missing.items())
        return None

    def matrix(self, interpreters) -> list[tuple]:
        """(interpreter, method) pairs this snippet runs with."""
        fitting = [i for i in interpreters
                   if self.skip_reason(i.version_tuple) is None]
        if self.lab:
            newest = max(fitting, key=lambda i: i.version_tuple, default=None)
            return [(newest, newest.methods[0])] if newest else []
        if self.one_method:
            return [(i, i.methods[0]) for i in fitting]
        return [(i, m) for i in fitting for m in i.methods]


def _parse(name: str, table: dict) -> Snippet:
    where = f"snippets/{name.rsplit('/', 1)[0]}/{CATALOG_NAME}"
    unknown = set(table) - {
        "expect_exit", "timeout", "alone", "per_method", "by_version",
        "min_python", "main_guard", "lab", "one_method"}
    if unknown:
        raise ValueError(f"{where}: {name}: unknown keys {unknown}")
    if not (SNIPPETS / name).is_file():
        raise ValueError(f"{where}: {name}: no such file in snippets/")
    version = table.get("min_python", "3.9")
    return Snippet(
        name=name,
        expect_exit=table.get("expect_exit", 0),
        timeout=table.get("timeout", 60),
        alone=table.get("alone", False) or table.get("lab", False),
        per_method=table.get("per_method", False),
        by_version=table.get("by_version", False),
        min_python=tuple(int(part) for part in version.split(".")),
        main_guard=table.get("main_guard", True),
        lab=table.get("lab", False),
        one_method=table.get("one_method", False),
    )


@cache
def load() -> dict[str, Snippet]:
    snippets = {}
    for catalog in sorted(SNIPPETS.rglob(CATALOG_NAME)):
        folder = catalog.parent.relative_to(SNIPPETS).as_posix()
        with catalog.open("rb") as f:
            data = tomllib.load(f)
        for file, table in data.items():
            name = f"{folder}/{file}"
            snippets[name] = _parse(name, table)
    return snippets


def get(name: str) -> Snippet:
    try:
        return load()[name]
    except KeyError:
        folder = name.rsplit("/", 1)[0]
        raise KeyError(f"{name} is not listed in snippets/{folder}/"
                       f"{CATALOG_NAME}") from None
