"""What the pages hold, read from their Markdown: which snippets they
include, their titles, their headings and the anchors MkDocs gives them."""
from __future__ import annotations

import re

from functools import lru_cache

from markdown.extensions.toc import slugify

from tools.paths import DOCS
from tools.running import fingerprint

INCLUDE = re.compile(r'^\s*--8<--\s+"([^"]+)"', re.M)
FRAGMENT = re.compile(r"generated/snippets/(.+)\.md")


def includes() -> set[tuple[str, str]]:
    """(page under docs/, included path) for every include line."""
    return {(page.relative_to(DOCS).as_posix(), target)
            for page in DOCS.rglob("*.md")
            for target in INCLUDE.findall(page.read_text(encoding="utf-8"))}


def snippet_of(target: str) -> str | None:
    """The snippet an included fragment shows, or None for other includes."""
    match = FRAGMENT.fullmatch(target)
    return match[1] + ".py" if match else None


def showing() -> dict[str, list[str]]:
    """Snippet name -> the pages that show it."""
    shown: dict[str, list[str]] = {}
    for page, target in sorted(includes()):
        name = snippet_of(target)
        if name:
            shown.setdefault(name, []).append(page)
    return shown


def title(page: str) -> str:
    """A page's ``# `` heading, after its front matter."""
    text = (DOCS / page).read_text(encoding="utf-8")
    text = re.sub(r"\A---\n.*?\n---\n", "", text, flags=re.S)
    match = re.search(r"^# (.+)$", text, re.M)
    return match[1].strip() if match else page


HEADING = re.compile(r"^(#{1,6}) (.+?)(?:\s*\{\s*#([\w-]+)\s*\})?\s*$")


def plain(markdown: str) -> str:
    """A heading's text as the table of contents reads it."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    return text.replace("`", "").replace("*", "")


def headings(page: str) -> list[tuple[int, int, str, str]]:
    """(line index, level, heading as written, anchor) for each heading of
    a page outside code fences; the anchor as MkDocs gives it (a custom
    ``{ #id }``, else the slug, numbered when it repeats; none for the
    title). A wrong anchor in a link fails the strict build."""
    # Read again only after an edit (`make serve` lives through many).
    return _headings(page, fingerprint.file_digest(DOCS / page))


@lru_cache(maxsize=1024)
def _headings(page: str, _digest: bytes) -> list:
    found, seen, in_fence = [], {}, False
    lines = (DOCS / page).read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        match = None if in_fence else HEADING.match(line)
        if not match:
            continue
        level, text = len(match[1]), match[2]
        anchor = ""
        if level > 1:
            slug = match[3] or slugify(plain(text), "-")
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            anchor = slug if count == 0 else f"{slug}_{count}"
        found.append((number, level, text, anchor))
    return found
