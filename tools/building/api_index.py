"""The generated API index: every name of the API list, the snippets that
use it, the pages that show them, and its entry in the official docs.

A name no snippet uses must have a written reason in ``api_reasons.toml``
(tools/measuring), which the index shows instead of snippets.
"""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

from tools.building import pages
from tools.measuring import api_coverage
from tools.measuring.api_coverage import Name
from tools.paths import DOCS

REASONS = Path(api_coverage.__file__).with_name("api_reasons.toml")
MAX_REASONS = 8

DOCS_URL = "https://docs.python.org/3/library/"
SOURCE_URL = "https://github.com/python/cpython/blob/3.13/Lib/multiprocessing/"
MP = "multiprocessing.html#"
SHM = "multiprocessing.shared_memory.html#"
CF = "concurrent.futures.html#"

# Where the official docs document each class's members; classes the docs
# call clones of threading's are documented there.
MEMBERS = {
    "Process": MP + "multiprocessing.Process",
    "Queue": MP + "multiprocessing.Queue",
    "JoinableQueue": MP + "multiprocessing.JoinableQueue",
    "SimpleQueue": MP + "multiprocessing.SimpleQueue",
    "Connection": MP + "multiprocessing.connection.Connection",
    "Lock": MP + "multiprocessing.Lock",
    "RLock": MP + "multiprocessing.RLock",
    "Semaphore": "threading.html#threading.Semaphore",
    "Event": "threading.html#threading.Event",
    "Condition": "threading.html#threading.Condition",
    "Barrier": "threading.html#threading.Barrier",
    "Pool": MP + "multiprocessing.pool.Pool",
    "AsyncResult": MP + "multiprocessing.pool.AsyncResult",
    "SyncManager": MP + "multiprocessing.managers.SyncManager",
    "BaseManager": MP + "multiprocessing.managers.BaseManager",
    "SharedMemory": SHM + "multiprocessing.shared_memory.SharedMemory",
    "ShareableList": SHM + "multiprocessing.shared_memory.ShareableList",
    "SharedMemoryManager": SHM + "multiprocessing.managers.SharedMemoryManager",
    "ProcessPoolExecutor": CF + "concurrent.futures.Executor",
    "InterpreterPoolExecutor": CF + "concurrent.futures.Executor",
    "Future": CF + "concurrent.futures.Future",
    "BoundedSemaphore": MP + "multiprocessing.BoundedSemaphore",
    "DictProxy": MP + "multiprocessing.managers.SyncManager.dict",
    "ListProxy": MP + "multiprocessing.managers.SyncManager.list",
}
# Members the docs describe in their class's text, without an entry of
# their own: the link goes to the class (or, below, to the right entry).
UNLISTED = {"Process.ident", "Connection.closed", "Connection.readable",
            "Connection.writable", "Semaphore.get_value", "BaseManager.join",
            "SyncManager.AsyncResult", "SyncManager.Iterator",
            "SyncManager.JoinableQueue", "SyncManager.Pool",
            "Semaphore.locked", "BoundedSemaphore.locked",
            "DictProxy.fromkeys", "DictProxy.__or__", "ListProxy.clear",
            "ListProxy.copy"}
ELSEWHERE = {
    "IMapIterator.next": MP + "multiprocessing.pool.Pool.imap",
    "Value.value": MP + "multiprocessing.Value",
    "Value.get_lock": MP + "multiprocessing.sharedctypes.synchronized",
    "Array.get_obj": MP + "multiprocessing.sharedctypes.synchronized",
    "Semaphore.get_value": MP + "multiprocessing.Semaphore",
    "multiprocessing.Pool": MP + "multiprocessing.pool.Pool",
    "multiprocessing.RawArray": MP + "multiprocessing.sharedctypes.RawArray",
    "multiprocessing.RawValue": MP + "multiprocessing.sharedctypes.RawValue",
    "multiprocessing.managers.SharedMemoryManager":
        SHM + "multiprocessing.managers.SharedMemoryManager",
    "concurrent.futures.process.BrokenProcessPool":
        CF + "concurrent.futures.process.BrokenProcessPool",
    "concurrent.interpreters.create":
        "concurrent.interpreters.html#concurrent.interpreters.create",
    "ProcessPoolExecutor.terminate_workers":
        CF + "concurrent.futures.ProcessPoolExecutor.terminate_workers",
    "ProcessPoolExecutor.kill_workers":
        CF + "concurrent.futures.ProcessPoolExecutor.kill_workers",
    "Executor.map(buffersize=)": CF + "concurrent.futures.Executor.map",
    "set_forkserver_preload(on_error=)":
        MP + "multiprocessing.set_forkserver_preload",
}
# Public names the official docs do not describe: their source instead.
UNDOCUMENTED = {"multiprocessing.allow_connection_pickling": "context.py",
                "multiprocessing.reducer": "context.py"}


def official(name: Name) -> str:
    """The address of the name's entry in the official documentation, or
    of its source where the documentation has none."""
    if name.full in UNDOCUMENTED:
        return SOURCE_URL + UNDOCUMENTED[name.full]
    if name.full in ELSEWHERE:
        return DOCS_URL + ELSEWHERE[name.full]
    if name.is_member:
        anchor = MEMBERS[name.owner]
        if name.full in UNLISTED:
            return DOCS_URL + anchor
        return DOCS_URL + anchor + "." + name.attr
    if name.full.startswith("multiprocessing.shared_memory."):
        return DOCS_URL + SHM + name.full
    if name.full.startswith("concurrent.futures."):
        return DOCS_URL + CF + name.full
    return DOCS_URL + MP + name.full


def reasons() -> dict[str, str]:
    """Name -> why no snippet uses it."""
    if not REASONS.is_file():
        return {}
    return tomllib.loads(REASONS.read_text(encoding="utf-8"))


def _text(page: str) -> str:
    return (DOCS / page).read_text(encoding="utf-8")


KINDS = ("reference/", "howto/", "tutorial/", "explanation/")


def _first(name: Name, page: str) -> tuple:
    """Pages that name it come first, reference pages before the others."""
    named = re.search(rf"`[^`\n]*\b{re.escape(name.attr)}\b[^`\n]*`",
                      _text(page))
    kind = next((i for i, k in enumerate(KINDS) if page.startswith(k)),
                len(KINDS))
    return (named is None, kind, page)


def _cell(items: list[str], most: int = 4) -> str:
    shown = ", ".join(items[:most])
    more = len(items) - most
    return shown + (f" and {more} more" if more > 0 else "")


def _unindexed(cell: str) -> str:
    return f"<span data-search-exclude>{cell or '–'}</span>"


def page() -> str:
    found = api_coverage.coverage()
    shown = pages.showing()
    why = reasons()
    covered = sum(1 for snippets in found.values() if snippets)
    lines = [
        "---", "search:", "  boost: 0.5", "---", "",
        "# API index", "",
        "Every public name this guide covers, with the examples that use it, "
        "the pages that show them and its entry in the official "
        "documentation. Generated by the build from the snippets and the "
        f"pages: {covered} of {len(found)} names are used by a verified "
        "example and explained on a page.", "",
    ]
    for part in dict.fromkeys(name.part for name in found):
        lines += [f"## {part}", "", "| Name | Shown on | Examples | Docs |",
                  "|---|---|---|---|"]
        for name in (n for n in found if n.part == part):
            snippets = found[name]
            where = sorted({p for s in snippets for p in shown.get(s, [])},
                           key=lambda p: _first(name, p))
            links = [f"[{pages.title(p)}](../{p})" for p in where]
            if snippets:
                examples = _cell([f"`{s}`" for s in snippets], 3)
            else:
                examples = "none: " + why.get(name.full, "no reason given")
            label = "source" if name.full in UNDOCUMENTED else "docs"
            # Search finds a name here by the name alone: the pages and
            # examples listed beside it would make every row match.
            lines.append(f"| `{name.full}` | {_unindexed(_cell(links))} | "
                         f"{_unindexed(examples)} | "
                         f"[{label}]({official(name)}) |")
        lines.append("")
    return "\n".join(lines)


def unaccounted(found: dict[Name, list[str]],
                why: dict[str, str]) -> list[str]:
    """Names with neither a snippet nor a reason."""
    return [name.full for name, snippets in found.items()
            if not snippets and not why.get(name.full, "").strip()]
