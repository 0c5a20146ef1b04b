"""The author's loop, timed as `make serve` lives it: one process keeps
MkDocs loaded, builds the whole site once, then rebuilds after each change
with only the changed pages rendered (tools/building/author_build.py).

    python -m tools.measuring.rebuild [DOCS_COPIES]

Prints ``name: seconds`` lines: nochange_rebuild_s (a rebuild after saving
nothing), one_page_rebuild_s (after saving one page), one_edit_rebuild_s
(after saving one snippet, its new runs included) and one_edit_extra_s
(that, less what its runs take at best on this machine's cores). With
DOCS_COPIES > 1 the pages are copied that many times into a scratch folder
first, to see how the loop grows with the guide (the generated pages,
made from the real pages, are not copied).
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from tools.building import author_build
from tools.measuring import stopping
from tools.paths import DOCS
from tools.running import catalog, interpreters, results

EDITED_SNIPPET = "process/hello.py"
EDITED_PAGE = "tutorial/first-process.md"


def _build(site: Path, docs: Path | None, first: bool = False) -> float:
    start = time.perf_counter()
    author_build.build(site, docs, first)
    return time.perf_counter() - start


def _copies(count: int, scratch: Path) -> Path:
    docs = scratch / "docs"
    shutil.copytree(DOCS, docs)
    for number in range(2, count + 1):
        for page in DOCS.rglob("*.md"):
            target = docs / f"copy{number}" / page.relative_to(DOCS)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page, target)
    return docs


def bound(durations: list[float], cores: int) -> float:
    """No schedule on `cores` cores finishes these runs sooner."""
    return max(max(durations), sum(durations) / cores)


def measure(copies: int = 1) -> dict[str, float]:
    """The loop's figures, with the pages copied ``copies`` times."""
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory(prefix="mpguide-rebuild-") as tmp:
        scratch = Path(tmp)
        docs = _copies(copies, scratch) if copies > 1 else None
        site = scratch / "site"
        pages = len(list((docs or DOCS).rglob("*.md")))
        first = _build(site, docs, first=True)
        nochange = _build(site, docs)
        page = (docs or DOCS) / EDITED_PAGE
        text = page.read_bytes()
        try:
            page.write_bytes(text + b"\nAn edit.\n")
            one_page = _build(site, docs)
        finally:
            page.write_bytes(text)
        _build(site, docs)
        snippet = catalog.get(EDITED_SNIPPET)
        source = snippet.path.read_bytes()
        # An edit never made before, so its runs happen in the build.
        edit = f"# edited at {time.time_ns()}\n".encode()
        try:
            snippet.path.write_bytes(source + edit)
            one_edit = _build(site, docs)
            shown = interpreters.page_python().key
            runs = [run.duration for run in results.all_for(snippet)
                    if run.interpreter == shown]
        finally:
            snippet.path.write_bytes(source)
        _build(site, docs)
    return {"pages": pages, "first_build_s": first,
            "nochange_rebuild_s": nochange, "one_page_rebuild_s": one_page,
            "one_edit_rebuild_s": one_edit,
            "one_edit_extra_s": one_edit - bound(runs, os.cpu_count() or 1)}


def main(argv: list[str]) -> None:
    stopping.like_ctrl_c()  # the edited page and snippet are put back
    for name, value in measure(int(argv[0]) if argv else 1).items():
        print(f"{name}: {value:.2f}" if isinstance(value, float)
              else f"{name}: {value}")


if __name__ == "__main__":
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("NBCONVERT_DISABLE_CONFIG_EXPORTERS", "1")
    main(sys.argv[1:])
