"""Write the Markdown fragment a page includes for one snippet.

A fragment holds the snippet's code (itself an include of the file under
``snippets/``), a download link, the verification line, and the captured
output with where and when it was produced: one tab per start method when
the snippet's output depends on it.
"""
from __future__ import annotations

import re
from datetime import datetime

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


def verification_line(snippet: Snippet) -> str:
    verified = [run for run in results.all_for(snippet) if run.verified]
    if not verified:
        return ("Not yet checked by the test suite for this version of the "
                "code: run `make verify`.")
    pythons = sorted({(r.python, r.system) for r in verified},
                     key=lambda p: [int(x) for x in p[0].split()[-1].split(".")])
    systems = sorted({system for _, system in pythons})
    versions = ", ".join(sorted({p.split()[-1] for p, _ in pythons},
                                key=lambda v: [int(x) for x in v.split(".")]))
    methods = " ".join(f"{m} ✓" for m in ("fork", "spawn", "forkserver")
                       if any(r.method == m for r in verified))
    return (f"Verified: CPython {versions} on {', '.join(systems)} · "
            f"{methods}")


def fragment(snippet: Snippet, runs: dict[str, Run], default_method: str) -> str:
    path = f"snippets/{snippet.name}"
    name = snippet.name.rsplit("/", 1)[-1]
    parts = [
        f'```python title="{path}"\n--8<-- "{path}"\n```\n',
        f"[:material-download: {name}](/{path}){{ download=\"{name}\" }}"
        f" · {verification_line(snippet)}\n{{ .snippet-meta }}\n",
    ]
    if snippet.per_method:
        for method, run in runs.items():
            parts.append(f'=== "{method}"\n\n{_indent(_output_block(run))}')
    else:
        parts.append(_output_block(runs[default_method]))
    return "\n".join(parts)


def write(snippet: Snippet, runs: dict[str, Run], default_method: str) -> bool:
    """Write the fragment if it changed (an unchanged file keeps serve calm)."""
    target = fragment_path(snippet)
    text = fragment(snippet, runs, default_method)
    if target.is_file() and target.read_text(encoding="utf-8") == text:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return True
