"""The generated error index: every message multiprocessing and
concurrent.futures can show a reader (read from the sources of every
CPython of the matrix), and those pickle and the OS add, each with the
versions that print it, its class and the pages that explain it.

Messages no page shows yet are listed as such: the work list.
"""
from __future__ import annotations

from tools.building import pages
from tools.building.messages import listing, shown
from tools.building.messages.listing import Message

# Sections of the page, in order: source -> heading.
SECTIONS = {"multiprocessing": "multiprocessing",
            "concurrent.futures": "concurrent.futures",
            "pickle": "pickle",
            "OS": "The operating system",
            "os.fork": "os.fork"}
NOT_YET = "not yet"


def ranges(versions: list[str], matrix: list[str]) -> str:
    """"3.9–3.11, 3.14" from the versions, runs taken in the matrix's
    order."""
    runs: list[list[str]] = []
    for version in matrix:
        if version not in versions:
            runs.append([])
        elif runs and runs[-1]:
            runs[-1].append(version)
        else:
            runs.append([version])
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}–{run[-1]}"
                     for run in runs if run)


def _code(text: str) -> str:
    """A code span, which may hold backticks (Python-Markdown's tables
    leave a pipe inside a code span alone)."""
    if "`" in text:
        return f"`` {text} ``"
    return f"`{text}`"


def _wording(message: Message, matrix: list[str]) -> str:
    """The newest wording, then each earlier one with its versions."""
    cell = _code(message.text)
    older: dict[str, list[str]] = {}
    for version in message.versions:
        wording = message.wordings[version]
        if wording != message.text:
            older.setdefault(wording, []).append(version)
    for wording, versions in older.items():
        cell += f"<br>{ranges(versions, matrix)}: {_code(wording)}"
    return cell


def _classes(message: Message) -> str:
    if not message.classes:
        return "printed on stderr"
    # A class name is one word: the narrow column must not cut it.
    names = ", ".join(f"`{name}`" for name in message.classes)
    return f'<span class="unbroken">{names}</span>'


def _entry(message: Message, page: str) -> str:
    """The anchor of the page's heading that names the message (an entry
    of the error messages' pages), or "" for the page's top."""
    found = shown.patterns(message)
    for _, _, text, anchor in pages.headings(page):
        if anchor and any(regex.search(pages.plain(text))
                          for _, regex in found):
            return "#" + anchor
    return ""


def _links(message: Message, where: list[str]) -> str:
    if not where:
        return NOT_YET
    return ", ".join(f"[{pages.title(p)}](../{p}{_entry(message, p)})"
                     for p in where)


def _unindexed(cell: str) -> str:
    # Search finds a message here by its words alone: the pages and
    # reasons beside it would make every row match.
    return f"<span data-search-exclude>{cell}</span>"


def rows(found: tuple[Message, ...]) -> list[tuple[Message, list[str]]]:
    """Each message with the pages that show it."""
    where = shown.Pages(shown.texts())
    return [(m, where.showing(m, shown.containing(m, found))) for m in found]


def _pasted(listed) -> list[tuple[str, list[str]]]:
    """For each reachable message a snippet's output shows: what a reader
    pastes into search for it (shown.pasted), with the pages that show
    it."""
    outputs = shown.outputs()
    found = []
    for message, where in listed:
        if message.reachable and where:
            line = shown.pasted(message, [output for page in where
                                          for output in outputs.get(page, [])])
            if line:
                found.append((line, where))
    return found


def pastes(listed: list[tuple[Message, list[str]]]) -> dict[str, list[str]]:
    """Pasted line -> the pages that show its message."""
    return dict(_pasted(listed))


def counts(found: tuple[Message, ...], matrix: list[str]) -> dict:
    """The figures the page states (and the tests and the report use)."""
    listed = rows(found)
    reachable = [(m, w) for m, w in listed if m.reachable]
    return {
        "per_version": {v: sum(v in m.wordings for m in found)
                        for v in matrix},
        "reachable": len(reachable),
        "internal": sum(m.reachable is False for m in found),
        "unclassified": sum(m.reachable is None for m in found),
        "shown": sum(bool(w) for _, w in reachable),
        "reproduced": len(_pasted(listed)),
    }


def page() -> str:
    found = listing.messages()
    matrix = sorted({v for m in found for v in m.versions},
                    key=lambda v: tuple(map(int, v.split("."))))
    listed = rows(found)
    reachable = [(m, w) for m, w in listed if m.reachable is not False]
    internal = [m for m, _ in listed if m.reachable is False]
    explained = sum(bool(w) for _, w in reachable)
    lines = [
        "---", "search:", "  boost: 0.5", "---", "",
        "# Error index", "",
        "Every message `multiprocessing` and `concurrent.futures` can show "
        "you, and those pickle and the operating system add while you use "
        "them: the versions that print each one, its class, and the pages "
        "of this guide that explain it. Generated by the build: the "
        "standard library's messages are read from the sources of CPython "
        f"{matrix[0]} to {matrix[-1]}, the others reproduced by each of "
        f"those versions. {explained} of the {len(reachable)} messages "
        "your code can meet are explained on a page, "
        f"{len(_pasted(listed))} of them shown by the real output of a "
        "program run on every version that has it; the "
        f"{len(internal)} that only CPython's own protocols and checks "
        "raise are listed at the end.", "",
        "A `…` stands for what the message fills in (a name, a number, a "
        "repr). Where the wording changed, the older wording follows with "
        "the versions that print it.", "",
    ]
    for source, heading in SECTIONS.items():
        part = [(m, w) for m, w in reachable if m.source == source]
        if not part:
            continue
        lines += [f"## {heading}", "",
                  "| Message | Class | Versions | Explained on |",
                  "|---|---|---|---|"]
        for message, where in part:
            lines.append(f"| {_wording(message, matrix)} | "
                         f"{_classes(message)} | "
                         f"{ranges(message.versions, matrix)} | "
                         f"{_unindexed(_links(message, where))} |")
        lines.append("")
    lines += ["## Internal messages", "",
              "Raised or printed only by CPython's own protocols (the "
              "resource tracker's, the fork server's, the managers', the "
              "connection handshake) and consistency checks: your code "
              "meets them only through a bug in CPython or another program "
              "speaking those protocols.", "",
              "| Message | Class | Versions | Why internal |",
              "|---|---|---|---|"]
    for message in internal:
        lines.append(f"| {_wording(message, matrix)} | "
                     f"{_classes(message)} | "
                     f"{ranges(message.versions, matrix)} | "
                     f"{_unindexed(message.reason)} |")
    lines.append("")
    return "\n".join(lines)
