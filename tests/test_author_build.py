"""`make serve` renders only the pages that changed, and what it shows is
what a full build shows."""
import filecmp
import json
import logging
import shutil

import pytest

import snippet_checks

from tools.building import author_build
from tools.building.mkdocs_hooks import GENERATED_PAGES
from tools.paths import DOCS
from tools.running import notebooks

EDITED = DOCS / "tutorial" / "first-process.md"


def _differ(site, full):
    return sorted(str(p.relative_to(site)) for p in site.rglob("*.html")
                  if not filecmp.cmp(p, full / p.relative_to(site),
                                     shallow=False))


def _index(site):
    docs = json.loads((site / "search" / "search_index.json").read_text())
    return sorted(json.dumps(entry, sort_keys=True)
                  for entry in docs["docs"])


@pytest.mark.after_snippets
def test_a_rebuild_renders_the_edited_page_and_matches_a_full_build(
        tmp_path):
    # The build shows the snippets' runs: made by the session's runner,
    # not a second time here, beside it.
    snippet_checks.wait_for_runs()
    logging.getLogger("mkdocs").setLevel(logging.ERROR)
    site, full = tmp_path / "site", tmp_path / "full"
    author_build.build(site, first=True)  # with no keys yet: every page
    shutil.copytree(site, full)
    text = EDITED.read_bytes()
    try:
        EDITED.write_bytes(text + b"\nA sentence added while serving.\n")
        author_build.build(site)
        changed = _differ(site, full)
        edited = json.loads((site / author_build.KEYS).read_text())
    finally:
        EDITED.write_bytes(text)
    # The page itself, and the generated pages that list every page.
    assert "tutorial/first-process/index.html" in changed
    assert all(p.startswith(("tutorial/first-process/", "reference/"))
               for p in changed), changed
    assert "A sentence added while serving." in (
        site / "tutorial" / "first-process" / "index.html").read_text()
    author_build.build(site)
    author_build.startup(False)  # later builds of this process are full
    assert _differ(site, full) == []
    assert _index(site) == _index(full)
    assert set(edited) == {p.relative_to(DOCS).as_posix()
                           for p in DOCS.rglob("*.md")} | set(
        notebooks.PAGES.values()) | set(GENERATED_PAGES)


def test_a_page_key_follows_what_the_page_includes(tmp_path, monkeypatch):
    monkeypatch.setattr(author_build, "ROOT", tmp_path)
    (tmp_path / "part.md").write_text("a part")
    (tmp_path / "inner.md").write_text("inner")
    page = tmp_path / "page.md"
    page.write_text('# Page\n\n--8<-- "part.md"\n')
    first = author_build.page_key(page, "shared")
    assert author_build.page_key(page, "shared") == first
    assert author_build.page_key(page, "other") != first
    (tmp_path / "part.md").write_text('a part\n--8<-- "inner.md"\n')
    second = author_build.page_key(page, "shared")
    assert second != first
    (tmp_path / "inner.md").write_text("inner, edited")
    assert author_build.page_key(page, "shared") != second
