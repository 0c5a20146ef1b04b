"""Which page shows which snippet: read from the pages' include lines."""
from __future__ import annotations

import re

from tools.paths import DOCS

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
