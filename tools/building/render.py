"""Write the Markdown fragment a page includes for one snippet.

A fragment holds the snippet's code (itself an include of the file under
``snippets/``), a download link, the verification line, and the captured
output with where and when it was produced: one tab per start method when
the snippet's output depends on it, and one per group of Python versions
that print alike for a ``by_version`` snippet.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from tools.paths import GENERATED, REQUIREMENTS
from tools.running import environments, interpreters, results
from tools.running.catalog import Snippet
from tools.running.runner import SHORT, Run, minor


def fragment_path(snippet: Snippet):
    return GENERATED / "snippets" / (snippet.name[:-3] + ".md")


def _fence(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _provenance(run: Run) -> str:
    when = datetime.fromisoformat(run.started_at).strftime("%Y-%m-%d %H:%M UTC")
    build = f" ({run.origin})" if run.origin else ""
    line = (f"Output of {run.python}{build} on {run.system} {run.machine}, "
            f"{run.cpu_count} CPUs, start method `{run.method}`, "
            f"{when}, {run.duration:.2f} s.")
    if f"{SHORT}/" in run.output or f"{SHORT}\\" in run.output:
        line += (f" Paths shortened: `{SHORT}` stands for the script's "
                 "folder or the Python installation.")
    return line


OUTPUT_ATTRIBUTES = '{ .text .no-copy title="Output" }'
# An output block as _output_block writes it, at any tab's indentation.
OUTPUT_BLOCK = re.compile(r"^( *)(`{3,})" + re.escape(OUTPUT_ATTRIBUTES)
                          + r"\n(.*?)^\1\2$", re.M | re.S)


def as_a_terminal_shows(text: str) -> str:
    """Each line as a terminal leaves it: a carriage return (a progress
    bar redrawing itself) goes back to the line's start, so what was
    drawn last stays (tqdm pads each draw to the width of the last)."""
    return "\n".join(next((part for part in reversed(line.split("\r"))
                           if part), "")
                     for line in text.split("\n"))


def _output_block(run: Run) -> str:
    text = as_a_terminal_shows(run.output)
    text = text if text.strip() else "(no output)\n"
    fence = _fence(text)
    # .no-copy: an output gets no copy button (page_load.copy_buttons).
    return (f'{fence}{OUTPUT_ATTRIBUTES}\n{text.rstrip()}\n'
            f'{fence}\n\n'
            f"{_provenance(run)}\n{{ .provenance }}\n")


def outputs(fragment_text: str) -> list[str]:
    """The outputs a fragment shows (one per tab), as the runs printed
    them."""
    # _indent leaves blank lines unindented.
    return ["".join(line[len(indent):] if line.strip() else line
                    for line in body.splitlines(keepends=True))
            for indent, _, body in OUTPUT_BLOCK.findall(fragment_text)]


def _indent(text: str) -> str:
    return "".join("    " + line if line.strip() else line
                   for line in text.splitlines(keepends=True))


# The order of methods in lists and tabs: spawn is the default on Windows
# and macOS, forkserver on Linux from 3.14; fork (Linux up to 3.13) last.
METHODS = ("spawn", "forkserver", "fork")


def tab_order(python) -> list[str]:
    """The methods an interpreter offers, its default first: a page opens
    on what the newest Python does by default on the machine that ran it
    (forkserver for 3.14+ on Linux)."""
    default = python.default_method
    return [default] + [m for m in METHODS
                        if m in python.methods and m != default]


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


def _passed(runs: list[Run]) -> str:
    """"CPython 3.9–3.13 (spawn, fork), CPython 3.12 (forkserver)": the
    methods that passed on the same versions, grouped."""
    versions_of = {m: tuple(sorted({minor(r.python) for r in runs
                                    if r.method == m and r.verified}))
                   for m in METHODS}
    groups: dict[tuple, list[str]] = {}
    for method, versions in versions_of.items():
        if versions:
            groups.setdefault(versions, []).append(method)
    return ", ".join(f"CPython {version_ranges(list(v))} ({', '.join(ms)})"
                     for v, ms in groups.items())


def verification_line(snippet: Snippet) -> str:
    """Where the test suite checked the snippet's current code, per OS, in
    plain words: what passed, and what failed if anything did."""
    runs = [run for run in results.all_for(snippet)
            if run.verified is not None]  # only what a test has judged
    if not runs:
        return ("Not yet checked by the test suite for this version of the "
                "code: run `make verify`.")
    parts = []
    for system in sorted({run.system for run in runs}):
        mine = [run for run in runs if run.system == system]
        passed = _passed(mine)
        failed = sorted({(minor(r.python), METHODS.index(r.method),
                          f"{r.python.split()[-1]} {r.method}")
                         for r in mine if r.verified is False})
        text = (f"Passed on {system}: {passed}" if passed
                else f"Nothing passed on {system}")
        if failed:
            text += "; failed: " + ", ".join(f[2] for f in failed)
        parts.append(text)
    line = "; ".join(parts)
    if snippet.min_python > (3, 9):
        line += (" · needs Python %d.%d+, skipped on older versions"
                 % snippet.min_python)
    skipped: dict[str, list] = {}
    for version in sorted({i.version_tuple for i in interpreters.discover()}):
        reason = snippet.skip_reason(version)
        if reason and snippet.runs_on(version):
            skipped.setdefault(reason, []).append(version)
    for reason, versions in skipped.items():
        line += f" · skipped on CPython {version_ranges(versions)}: {reason}"
    return line


def version_groups(runs: list[Run]) -> list[tuple[str, Run, list[Run]]]:
    """Runs of one method on several Pythons, grouped by output: (label,
    newest run, the group's runs whose text differs from it) per group,
    newest group first. Numbers are masked when comparing, since PIDs,
    timings and a library's line numbers change between runs and
    releases, and so are addresses ("at 0x7f3a1c2b9e40") and the random
    names of temporary folders ("pymp-k2j9x_0a")."""
    groups: dict[str, list[Run]] = {}
    for run in sorted(runs, key=lambda r: minor(r.python), reverse=True):
        masked = re.sub(r"pymp-\w+", "pymp-", run.output)
        masked = re.sub(r"\d+", "#", re.sub(r"0x[0-9a-f]+", "0x", masked))
        groups.setdefault(masked, []).append(run)
    return [(f"CPython {version_ranges([minor(r.python) for r in group])}",
             group[0], [r for r in group[1:] if r.output != group[0].output])
            for group in groups.values()]


NUMBERS = "numbers, such as line numbers, process IDs or times"


def _alike(differing: list[Run]) -> str:
    """Which versions of a tab printed other numbers than the one shown."""
    if not differing:
        return ""
    versions = version_ranges(sorted({minor(r.python) for r in differing}))
    return (f"\nCPython {versions} printed the same apart from {NUMBERS}."
            "\n{ .provenance }\n")


def _by_version(runs: list[Run]) -> str:
    """One output, or a tab per group of versions that print alike."""
    groups = version_groups(runs)
    if len(groups) == 1:
        label, run, differing = groups[0]
        apart = f", apart from {NUMBERS}" if differing else ""
        return (_output_block(run) +
                f"\nThe same output on {label}{apart}.\n{{ .provenance }}\n")
    return "\n".join(
        f'=== "{label}"\n\n{_indent(_output_block(run) + _alike(d))}'
        for label, run, d in groups)


def _needs(snippet: Snippet) -> str:
    """The packages to install before running the download, if any."""
    packages = environments.needed_by(snippet.path)
    if not packages:
        return ""
    names = ", ".join(f"`{name}`" for name in packages)
    return (f" · Needs {names} ([versions run here](/snippets/"
            f"{REQUIREMENTS.name}){{ download=\"{REQUIREMENTS.name}\" }})")


def fragment(snippet: Snippet, runs: dict[str, list[Run]],
             default_method: str) -> str:
    """``runs``: per start method, the runs to show (one per Python for a
    ``by_version`` snippet, else one)."""
    path = f"snippets/{snippet.name}"
    name = snippet.name.rsplit("/", 1)[-1]
    parts = [
        f'```python title="{path}"\n--8<-- "{path}"\n```\n',
        f"[Download {name}](/{path}){{ download=\"{name}\" }}"
        f"{_needs(snippet)} · {verification_line(snippet)}\n"
        "{ .snippet-meta }\n",
    ]

    def output(method: str) -> str:
        if snippet.by_version:
            return _by_version(runs[method])
        return _output_block(runs[method][0])

    if snippet.per_method:
        for method in runs:
            parts.append(f'=== "{method}"\n\n{_indent(output(method))}')
    else:
        parts.append(output(default_method))
    return "\n".join(parts)


def write_if_changed(target: Path, text: str) -> bool:
    """An unchanged file keeps its timestamp, so `mkdocs serve` stays calm."""
    if target.is_file() and target.read_text(encoding="utf-8") == text:
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return True


def write(snippet: Snippet, runs: dict[str, list[Run]],
          default_method: str) -> bool:
    return write_if_changed(fragment_path(snippet),
                            fragment(snippet, runs, default_method))
