"""Stored runs, keyed by what the output depends on.

``.cache/runs/<content hash>/<interpreter key>-<method>.json``: a changed
snippet, imported module or runner gives a new content hash, so an old
result is never reused for new code.
"""
from __future__ import annotations

import copy
import json
import os
import threading
from functools import lru_cache
from pathlib import Path

from tools.running.catalog import Snippet
from tools.running.fingerprint import content_hash
from tools.running.interpreters import Interpreter
from tools.paths import RUNS
from tools.running.runner import Run


def _path(snippet: Snippet, interpreter_key: str, method: str,
          code: str = "") -> Path:
    folder = code or content_hash(snippet.path)
    return RUNS / folder / f"{interpreter_key}-{method}.json"


def _read(path: Path) -> Run:
    return Run(**json.loads(path.read_text(encoding="utf-8")))


def load(snippet: Snippet, interpreter: Interpreter, method: str) -> Run | None:
    path = _path(snippet, interpreter.key, method)
    return _read(path) if path.is_file() else None


def save(snippet: Snippet, run: Run) -> None:
    path = _path(snippet, run.interpreter, run.method, run.content_hash)
    path.parent.mkdir(parents=True, exist_ok=True)
    # Unique per writer: two runs of one job may finish at the same time.
    tmp = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")
    tmp.write_text(json.dumps(run.to_dict(), indent=1), encoding="utf-8")
    tmp.replace(path)


def all_for(snippet: Snippet) -> list[Run]:
    """Every stored run of the snippet's current content, any interpreter."""
    folder = RUNS / content_hash(snippet.path)
    try:
        files = sorted((entry.name, entry.inode(), entry.stat().st_mtime_ns)
                       for entry in os.scandir(folder)
                       if entry.name.endswith(".json"))
    except FileNotFoundError:
        return []
    return [copy.copy(run) for run in _all_in(folder, tuple(files))]


@lru_cache(maxsize=4096)
def _all_in(folder: Path, files: tuple) -> tuple[Run, ...]:
    # Read again only when a file changed: `make serve` asks after every
    # save. A run is saved by renaming a new file, so its inode changes.
    return tuple(_read(folder / name) for name, *_ in files)
