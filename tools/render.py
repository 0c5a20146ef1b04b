"""Write the Markdown fragment a page includes for one snippet.

A fragment holds the snippet's code (itself an include of the file under
``snippets/``), a download link, the verification line, and the captured
output with where and when it was produced: one tab per start method when
the snippet's output depends on it.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from tools import results
from tools.catalog import Snippet
from tools.paths import GENERATED
from tools.runner import Run


def fragment_path(snippet: Snippet):
    return GENERATED / "snippets" / (snippet.name[:-3] + ".md")


def _fence(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _provenance(run: Run) -> str:
    when = datetime.fromisoformat(run.started_at).strftime("%Y-%m-%d %H:%M UTC")
    return (f"Output of {run.python} on {run.system} {run.machine}, "
            f"{run.cpu_count} CPUs, start method `{run.method}`, "
            f"{when}, {run.duration:.2f} s.")


def _output_block(run: Run) -> str:
    text = run.output if run.output.strip() else "(no output)\n"
    fence = _fence(text)
    return (f'{fence}text title="Output"\n{text.rstrip()}\n{fence}\n\n'
            f"{_provenance(run)}\n{{ .provenance }}\n")


def _indent(text: str) -> str:
    return "".join("    " + line if line.strip() else line
                   for line in text.splitlines(keepends=True))


METHODS = ("fork", "spawn", "forkserver")


def minor(python: str) -> tuple[int, int]:
    """(3, 11) from "CPython 3.11.7"."""
    major, minor_, *_ = python.split()[-1].split(".")
    return int(major), int(minor_)


def version_ranges(minors: list[tuple[int, int]]) -> str:
    """"3.9–3.11, 3.13" from consecutive minor versions."""
    groups: list[list[tuple[int, int]]] = []
    for version in sorted(set(minors)):
        if groups and version == (groups[-1][-1][0], groups[-1][-1][1] + 1):
            groups[-1].append(version)
        else:
            groups.append([version])
    return ", ".join(
        "%d.%d" % g[0] if len(g) == 1 else "%d.%d–%d.%d" % (*g[0], *g[-1])
        for g in groups)


def verification_line(snippet: Snippet) -> str:
    """Where the test suite checked the snippet's current code, per OS."""
    runs = [run for run in results.all_for(snippet)
            if run.verified is not None]  # only what a test has judged
    if not runs:
        return ("Not yet checked by the test suite for this version of the "
                "code: run `make verify`.")
    parts = []
    for system in sorted({run.system for run in runs}):
        mine = [run for run in runs if run.system == system]
        good = [minor(r.python) for r in mine if r.verified]
        methods = [m for m in METHODS if any(r.method == m for r in mine)]
        marks = " ".join(
            f"{m} ✓" if all(r.verified for r in mine if r.method == m)
            else f"{m} ✗" for m in methods)
        failed = sorted({f"{r.python.split()[-1]} {r.method}"
                         for r in mine if r.verified is False})
        text = f"CPython {version_ranges(good)} on {system} · {marks}"
        if failed:
            text += f" (failed: {', '.join(failed)})"
        parts.append(text)
    line = "Verified: " + "; ".join(parts)
    if snippet.min_python > (3, 9):
        line += (" · needs Python %d.%d+, skipped on older versions"
                 % snippet.min_python)
    return line


def fragment(snippet: Snippet, runs: dict[str, Run], default_method: str) -> str:
    path = f"snippets/{snippet.name}"
    name = snippet.name.rsplit("/", 1)[-1]
    parts = [
        f'```python title="{path}"\n--8<-- "{path}"\n```\n',
        f"[Download {name}](/{path}){{ download=\"{name}\" }}"
        f" · {verification_line(snippet)}\n{{ .snippet-meta }}\n",
    ]
    if snippet.per_method:
        for method, run in runs.items():
            parts.append(f'=== "{method}"\n\n{_indent(_output_block(run))}')
    else:
        parts.append(_output_block(runs[default_method]))
    return "\n".join(parts)


def write_if_changed(target: Path, text: str) -> bool:
    """An unchanged file keeps its timestamp, so `mkdocs serve` stays calm."""
    if target.is_file() and target.read_text(encoding="utf-8") == text:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return True


def write(snippet: Snippet, runs: dict[str, Run], default_method: str) -> bool:
    return write_if_changed(fragment_path(snippet),
                            fragment(snippet, runs, default_method))
