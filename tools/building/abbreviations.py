"""A glossary term explained once per page.

Every page gets the glossary's terms as abbreviations
(includes/abbreviations.md), so Python-Markdown marks every occurrence
with ``<abbr title=…>``. The first occurrence keeps its tooltip; the later
ones become plain text again. A page where "GIL" appears thirty times is
then not underlined thirty times, and the browser does not set up thirty
tooltips for one explanation.
"""
from __future__ import annotations

import re

ABBR = re.compile(r'<abbr title="([^"]*)">(.*?)</abbr>', re.S)


def first_only(page_html: str) -> str:
    seen: set[str] = set()

    def keep_first(match: re.Match) -> str:
        term = match[2].lower()
        if term in seen:
            return match[2]
        seen.add(term)
        return match[0]

    return ABBR.sub(keep_first, page_html)
