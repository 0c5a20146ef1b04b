"""Author builds (`mkdocs serve --dirty`, as `make serve` runs it): only the
pages whose content changed are rendered again.

MkDocs's own dirty mode compares a page's source time with its output's,
which misses what a page includes (a snippet's output changes, its page
does not). Here a page counts as changed when its key changes: the bytes
of its Markdown, of every file it includes with ``--8<--`` (nested), and of
what every page shares (the configuration, the theme overrides, the list
of pages, the text appended to each). The keys of the last build are kept
in the site folder. A full build (``dirty`` off, as CI and the published
site build) renders every page and leaves them out.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from tools.building.lab import fragments as lab
from tools.paths import ROOT

KEYS = ".author-build-keys.json"  # in the site folder
INCLUDE = re.compile(rb'--8<--\s+"([^"]+)"')
SHARED = ("mkdocs.yml", "overrides", "includes", "tools/building")
LAB_VALUES = b"{{ lab"  # a page the lab's figures fill in (lab.fill)

_dirty = False  # this process's builds: set once, at MkDocs's startup


def startup(dirty: bool) -> None:
    global _dirty
    _dirty = dirty


_last: dict[str, tuple] = {}  # step -> the state of its inputs last time


def state(*folders: Path, files: bool = True) -> tuple:
    """Every file's name, time and size under the folders: what a step
    read, cheaply compared. With ``files`` off, only the folders' own
    times: enough where every change adds, removes or renames an entry,
    as a stored run is written to a temporary name and renamed."""
    found = []
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            stat = os.stat(root)
            found.append((root, stat.st_mtime_ns))
            for name in names if files else ():
                try:
                    stat = os.stat(os.path.join(root, name))
                except OSError:
                    continue  # removed meanwhile
                found.append((root, name, stat.st_mtime_ns, stat.st_size))
    return tuple(found)


def seen(step: str, inputs: tuple) -> bool:
    """The step already ran, in this process, on inputs in this state."""
    return _last.get(step) == inputs


def remember(step: str, inputs: tuple) -> None:
    _last[step] = inputs


def _digest_of_tree(path: Path, digest) -> None:
    for item in sorted(path.rglob("*")) if path.is_dir() else [path]:
        if item.is_file() and "__pycache__" not in item.parts:
            digest.update(item.relative_to(ROOT).as_posix().encode())
            digest.update(item.read_bytes())


HEADING = re.compile(rb"^# .*$", re.M)


def shared_key(pages: list) -> str:
    """What every page shows: the configuration, the theme, and the list
    of pages with their headings, which the navigation names."""
    digest = hashlib.sha256()
    for file in sorted(pages, key=lambda f: f.src_uri):
        heading = HEADING.search(Path(file.abs_src_path).read_bytes())
        digest.update(file.src_uri.encode() + b"\0" +
                      (heading[0] if heading else b"") + b"\n")
    for name in SHARED:
        _digest_of_tree(ROOT / name, digest)
    return digest.hexdigest()


def _includes(text: bytes, digest, seen: set[Path]) -> None:
    for match in INCLUDE.finditer(text):
        path = (ROOT / match[1].decode()).resolve()
        if path in seen or not path.is_file():
            continue  # a missing file is the strict build's to report
        seen.add(path)
        body = path.read_bytes()
        digest.update(match[1] + b"\0" + body)
        _includes(body, digest, seen)


def page_key(source: Path, shared: str) -> str:
    text = source.read_bytes()
    digest = hashlib.sha256(shared.encode() + text)
    _includes(text, digest, set())
    if LAB_VALUES in text:
        _digest_of_tree(lab.FOLDER, digest)
    return digest.hexdigest()


class AuthorBuild:
    """Decides, once per build, which pages to render again."""

    def __init__(self, files, config):
        self.path = Path(config["site_dir"]) / KEYS
        self.pages = list(files.documentation_pages())
        self.keys: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.changed = {f.src_uri for f in self.pages}
        if not _dirty:
            return  # a full build renders every page and keeps no keys
        shared = shared_key(self.pages)
        self.keys = {f.src_uri: page_key(Path(f.abs_src_path), shared)
                     for f in self.pages}
        try:
            before = json.loads(self.path.read_text())
        except (OSError, ValueError):
            before = {}
        self.titles = {uri: title for uri, (key, title) in before.items()
                       if self.keys.get(uri) == key}
        self.changed = set(self.keys) - set(self.titles)
        self._skip_unchanged(config)

    def _skip_unchanged(self, config) -> None:
        for file in self.pages:
            # MkDocs's build asks this in place of comparing file times.
            file.is_modified = lambda uri=file.src_uri: uri in self.changed
        # Material's search keeps the last build's index and replaces the
        # entries of one rebuilt page; here several may be rebuilt.
        search = config.plugins.get("material/search")
        previous = getattr(search, "search_index_prev", None)
        if previous is not None:
            if self.changed == set(self.keys):
                search.search_index_prev = None
            else:
                urls = {f.url for f in self.pages if f.src_uri in self.changed}
                previous.entries = [
                    entry for entry in previous.entries
                    if entry["location"].split("#")[0] not in urls]

    def keep_titles(self) -> None:
        """The navigation shows every page's title; an unchanged page is
        not read, so its title is the one its last rendering found."""
        for file in self.pages:
            if file.src_uri in self.titles and file.page is not None:
                file.page.title = self.titles[file.src_uri]

    def save(self) -> None:
        if not _dirty:
            return  # a full build needs no keys, and publishes none
        keys = {}
        for file in self.pages:
            title = (self.titles.get(file.src_uri) if file.page is None
                     or file.src_uri not in self.changed
                     else file.page.title)
            keys[file.src_uri] = [self.keys[file.src_uri], title]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(keys, indent=0))


def build(site: Path, docs: Path | None = None, first: bool = False) -> None:
    """One build as `mkdocs serve --dirty` runs it after a save: the
    configuration read again, the pages rendered only where they changed;
    ``first`` starts the process's builds. ``docs`` replaces the pages'
    folder (the navigation then lists them all)."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    overrides = {"site_dir": str(site)}
    if docs is not None:
        overrides.update(docs_dir=str(docs), nav=None)
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), **overrides)
    if first:
        config.plugins.on_startup(command="serve", dirty=True)
    mkdocs_build(config, dirty=True)
