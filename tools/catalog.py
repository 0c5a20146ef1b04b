"""The list of snippets and what each one is expected to do.

``snippets/snippets.toml`` holds one table per snippet, keyed by its path
under ``snippets/``. Keys (all optional):

- ``expect_exit``: exit code, or a table of exit codes per start method,
  for a snippet that demonstrates a failure (default 0).
- ``timeout``: seconds before the run is killed (default 60).
- ``alone``: the snippet measures time, so it never runs beside another.
- ``per_method``: its output differs by start method; pages show one tab
  per method.
- ``min_python``: oldest Python it runs on, e.g. ``"3.13"``.
- ``main_guard = false``: it lacks ``if __name__ == "__main__":`` on
  purpose, to show what goes wrong without it.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tools.paths import CATALOG, SNIPPETS


@dataclass(frozen=True)
class Snippet:
    name: str  # path under snippets/, with forward slashes
    expect_exit: int | dict
    timeout: float = 60
    alone: bool = False
    per_method: bool = False
    min_python: tuple[int, int] = (3, 9)
    main_guard: bool = True
    root: Path = SNIPPETS  # the folder `name` is relative to

    @property
    def path(self) -> Path:
        return self.root / self.name

    def expected_exit(self, method: str) -> int:
        if isinstance(self.expect_exit, dict):
            return self.expect_exit.get(method, 0)
        return self.expect_exit

    def runs_on(self, version: tuple[int, int]) -> bool:
        return tuple(version[:2]) >= self.min_python


def _parse(name: str, table: dict) -> Snippet:
    unknown = set(table) - {
        "expect_exit", "timeout", "alone", "per_method", "min_python",
        "main_guard"}
    if unknown:
        raise ValueError(f"{CATALOG.name}: {name}: unknown keys {unknown}")
    if not (SNIPPETS / name).is_file():
        raise ValueError(f"{CATALOG.name}: {name}: no such file in snippets/")
    version = table.get("min_python", "3.9")
    return Snippet(
        name=name,
        expect_exit=table.get("expect_exit", 0),
        timeout=table.get("timeout", 60),
        alone=table.get("alone", False),
        per_method=table.get("per_method", False),
        min_python=tuple(int(part) for part in version.split(".")),
        main_guard=table.get("main_guard", True),
    )


@cache
def load() -> dict[str, Snippet]:
    with CATALOG.open("rb") as f:
        data = tomllib.load(f)
    return {name: _parse(name, table) for name, table in data.items()}


def get(name: str) -> Snippet:
    try:
        return load()[name]
    except KeyError:
        raise KeyError(f"{name} is not listed in {CATALOG}") from None
