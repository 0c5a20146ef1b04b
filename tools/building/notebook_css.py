"""The notebook page's stylesheet, cut to the rules that can apply to it.

mkdocs-jupyter inlines JupyterLab's whole stylesheet (574 KB, 86 KB
gzipped) into a notebook's page; nearly all of it styles JupyterLab's own
panels, menus and dialogs. A rule stays when one of its selectors matches
an element of the finished page, checked with soupsieve after dropping
what a static page cannot show:

- states and pseudo-elements (``:hover``, ``::before``): their element
  is what has to exist;
- attribute conditions: a script sets some of them later (Material's
  colour scheme on ``<body>``), so they are assumed to hold.

A selector that soupsieve cannot read is kept. ``@media`` and
``@supports`` blocks are cut the same way inside; other at-rules
(``@font-face``, ``@keyframes``) stay whole. The result is stored by the
page's hash, so a rebuild of an unchanged page does not redo it.
"""
from __future__ import annotations

import hashlib
import re

import soupsieve
import tinycss2
from bs4 import BeautifulSoup

from tools.paths import CACHE

STORE = CACHE / "notebook-css"
# The inlined JupyterLab stylesheet is the only one opening like this.
_SHEET = re.compile(r'(<style type="text/css">\s*)(@charset "UTF-8";.*?)'
                    r'(</style>)', re.S)
_PSEUDO = re.compile(r"::?-?[\w-]+(?:\([^()]*\))?")
# Pseudo-classes about structure, which the page's tree can answer.
_STRUCTURAL = re.compile(r":(?:not|is|where|has|nth-|first-|last-|only-"
                         r"|empty|root)")
_ATTRIBUTE = re.compile(r"\[[^\]]*\]")
_NEGATION = re.compile(r":not\([^()]*\)")
_CLASS = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")


def _static(selector: str) -> str:
    """The selector without what only a script or a reader's action sets."""
    selector = _ATTRIBUTE.sub("", selector)
    selector = _PSEUDO.sub(
        lambda m: m[0] if _STRUCTURAL.match(m[0]) else "", selector)
    return selector.strip() or "*"


class _Page:
    def __init__(self, html: str):
        self.soup = BeautifulSoup(html, "html.parser")
        self.classes = {name for tag in self.soup.find_all(class_=True)
                        for name in tag["class"]}
        self.known: dict[str, bool] = {}

    def matches(self, selector: str) -> bool:
        selector = _static(selector)
        if selector not in self.known:
            needed = set(_CLASS.findall(_NEGATION.sub("", selector)))
            # A class the page lacks rules the selector out, cheaply.
            found = needed <= self.classes
            if found:
                try:
                    found = self.soup.select_one(selector) is not None
                except Exception:  # soupsieve cannot read it: keep it
                    found = True
            self.known[selector] = found
        return self.known[selector]

    def rules(self, rules) -> str:
        kept = []
        for rule in rules:
            if rule.type == "qualified-rule":
                selectors = tinycss2.serialize(rule.prelude).split(",")
                if any(self.matches(s) for s in selectors):
                    kept.append(tinycss2.serialize([rule]))
            elif rule.type == "at-rule":
                name = rule.lower_at_keyword
                if name in ("media", "supports") and rule.content:
                    inner = self.rules(tinycss2.parse_rule_list(
                        rule.content, skip_whitespace=True,
                        skip_comments=True))
                    if inner:
                        kept.append(f"@{name}"
                                    f"{tinycss2.serialize(rule.prelude)}"
                                    f"{{{inner}}}")
                else:
                    kept.append(tinycss2.serialize([rule]))
        return "".join(kept)


def prune(sheet: str, html: str) -> str:
    """The rules of ``sheet`` that can apply to the page ``html``."""
    page = _Page(html)
    return page.rules(tinycss2.parse_stylesheet(
        sheet, skip_whitespace=True, skip_comments=True))


def cut(html: str) -> str:
    """``html`` with its inlined JupyterLab stylesheet cut to its rules."""
    found = _SHEET.search(html)
    if not found:
        return html
    stored = STORE / f"{hashlib.sha256(html.encode()).hexdigest()}.css"
    if stored.is_file():
        sheet = stored.read_text(encoding="utf-8")
    else:
        sheet = prune(found[2], html)
        STORE.mkdir(parents=True, exist_ok=True)
        stored.write_text(sheet, encoding="utf-8")
    return html[:found.start(2)] + sheet + html[found.end(2):]
