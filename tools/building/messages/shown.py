"""Which pages show a message: a page quotes it in its text, or includes
a snippet's output that prints it.

A message is looked for by its wording in every version, placeholders
matching what filled them; a long message by its first words (a page may
quote only its first sentence); a message of classified.toml's ``extra``
by the phrases it gives.
"""
from __future__ import annotations

import re
from functools import lru_cache

from tools.building import pages, render
from tools.building.messages.listing import PLACEHOLDER, Message
from tools.paths import DOCS, ROOT

FIRST_WORDS = 60  # characters of a long message a quote must have
# With fewer literal letters or words than these, a placeholder stands for
# one name or number: "Process …:" must not match "Process API](…):".
FEW_LETTERS = 12
FEW_WORDS = 3
TOKEN = r"[\w<>.'/-]+?"
ANY = r"[^\n]{1,120}?"
WORD = re.compile(r"\w+")


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text.replace(PLACEHOLDER, ""))


def _words(text: str) -> int:
    return len(WORD.findall(text.replace(PLACEHOLDER, " ")))


def _cut(wording: str) -> str:
    """The wording without placeholders at its ends (unless one word is
    all that is left: "resource_tracker: …: …"), cut after its first
    words when long."""
    ends = " " + PLACEHOLDER + ":.,'\""
    text = wording.strip(ends)
    if _words(text) < 2:
        text = wording
    if len(text) > FIRST_WORDS:
        text = text[:FIRST_WORDS].rsplit(" ", 1)[0].rstrip(ends)
    return text


def _run(run: str) -> str:
    """A literal run as a regex: any whitespace between words, and around
    it where the run begins or ends with a space."""
    words = r"\s+".join(map(re.escape, run.split()))
    before = r"\s+" if run[:1].isspace() else ""
    after = r"\s+" if run[-1:].isspace() else ""
    return before + words + after


@lru_cache(maxsize=None)  # one per wording; the error index asks often
def pattern(wording: str) -> re.Pattern:
    """A regex matching the wording as a page would show it: lines may
    wrap between words, placeholders are filled in."""
    text = _cut(wording)
    few = _letters(text) < FEW_LETTERS or _words(text) < FEW_WORDS
    filled = TOKEN if few else ANY
    runs = [_run(run) for run in text.split(PLACEHOLDER)]
    # A placeholder at an end needs one character only, which spares the
    # regex a scan of every word of the page ("… not ready").
    # What fills a placeholder at the start ends as a name or a repr does,
    # not with the colon after an exception's name ("… unrecognized" is
    # not "ValueError: unrecognized family").
    ends = [r"[\w<>.'\")\]/-]" if runs[0] == "" else "",
            r"\S" if runs[-1] == "" else ""]
    return re.compile(ends[0] + filled.join(runs).removeprefix(filled)
                      .removesuffix(filled) + ends[1]
                      if len(runs) > 1 else runs[0])


def _needle(text: str) -> str:
    """Its longest word: a page without it cannot match, and a word is
    looked up in a set where a regex would scan the whole page."""
    return max(WORD.findall(text.replace(PLACEHOLDER, " ")), key=len,
               default="")


def patterns(message: Message) -> list[tuple[str, re.Pattern]]:
    """(needle, regex) for each way a page may show the message."""
    if message.find:
        return [(_needle(phrase),
                 re.compile(r"\s+".join(map(re.escape, phrase.split()))))
                for phrase in message.find]
    return [(_needle(_cut(w)), pattern(w))
            for w in dict.fromkeys(message.wordings.values())]


def _fragments() -> list[tuple[str, str]]:
    """(page under docs/, text) of each snippet fragment a page includes."""
    return [(page, (ROOT / target).read_text(encoding="utf-8"))
            for page, target in sorted(pages.includes())
            if pages.snippet_of(target) and (ROOT / target).is_file()]


def texts() -> dict[str, str]:
    """Page under docs/ -> its Markdown and the outputs it includes. Read
    again on every build: `make serve` builds many times in one process."""
    found = {page.relative_to(DOCS).as_posix():
             [page.read_text(encoding="utf-8")] for page in DOCS.rglob("*.md")}
    for page, text in _fragments():
        found[page].append(text)
    return {page: "\n".join(parts) for page, parts in sorted(found.items())}


def outputs() -> dict[str, list[str]]:
    """Page under docs/ -> the outputs of the snippets it includes, as
    their runs printed them."""
    found: dict[str, list[str]] = {}
    for page, text in _fragments():
        found.setdefault(page, []).extend(render.outputs(text))
    return found


# An exception's or warning's name, where a message's line begins.
CLASS = re.compile(r"[\w.]*(?:Error|Exception|Warning|Pool)\b:?\s*")


def pasted(message: Message, shown: list[str]) -> str | None:
    """What a reader copies from a terminal showing the message: the
    exception's name and the message's first line, as one of these
    outputs prints them (the last place where the name comes first, so
    not a traceback's source line or a label the snippet printed)."""
    found = []
    for output in shown:
        for _, regex in patterns(message):
            for match in regex.finditer(output):
                start = output.rfind("\n", 0, match.start()) + 1
                end = output.find("\n", match.start())
                line = output[start:end if end >= 0 else None]
                names = list(CLASS.finditer(line, 0, match.start() - start))
                begin = names[-1].start() if names else match.start() - start
                indent = len(line) - len(line.lstrip())
                # Best: the exception's own line (its name first), not
                # indented as a traceback's source lines are; the last one.
                found.append(((bool(names) and begin == indent, bool(names),
                               indent == 0), line[begin:].strip()))
    if not found:
        return None
    best = max(rank for rank, _ in found)
    line = [text for rank, text in found if rank == best][-1]
    # A repr, as a snippet printed a caught exception: the traceback's way.
    as_repr = re.fullmatch(r"([\w.]+)\((['\"])(.*)\2\)", line)
    return f"{as_repr[1]}: {as_repr[3]}" if as_repr else line


class Pages:
    """The pages' texts, and the words of each, to look messages up in."""

    def __init__(self, where: dict[str, str]):
        self.texts = where
        self.words = {page: frozenset(WORD.findall(text))
                      for page, text in where.items()}

    def showing(self, message: Message,
                longer: tuple[Message, ...] = ()) -> list[str]:
        """The pages that show the message, not counting a place where it
        is only the end of a longer message (``longer``: see containing)."""
        found = patterns(message)
        pages = []
        for page, text in self.texts.items():
            if not any(needle in self.words[page] for needle, _ in found):
                continue
            for other in longer:
                for _, regex in patterns(other):
                    text = regex.sub(" ", text)
            if any(regex.search(text) for _, regex in found):
                pages.append(page)
        return pages


def containing(message: Message, found) -> tuple[Message, ...]:
    """The messages whose wording holds all of this one's words, as
    "address type of … unrecognized" holds "… unrecognized"."""
    runs = [run.strip() for run in message.text.split(PLACEHOLDER)
            if run.strip()]
    return tuple(other for other in found if other.text != message.text
                 and all(run in other.text for run in runs))
