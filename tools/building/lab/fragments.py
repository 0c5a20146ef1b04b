"""Write each lab snippet's figure as a fragment pages include, and fill
``{{ lab <snippet> <fact> }}`` in pages from the same run."""
from __future__ import annotations

import hashlib
import html
import json
import re
from functools import cache
from pathlib import Path

from tools.building.lab import figures
from tools.building.lab.parse import parse
from tools.paths import GENERATED

FOLDER = GENERATED / "lab"
FACT = re.compile(r"\{\{\s*lab\s+(\S+\.py)\s+(\w+)\s*\}\}")


class LabError(Exception):
    pass


def _stem(name: str):
    return FOLDER / name.removesuffix(".py")


@cache
def _code() -> str:
    """A hash of the code that draws: a change of it redraws every figure."""
    sources = sorted(Path(__file__).parent.glob("*.py"))
    return hashlib.sha256(b"".join(p.read_bytes() for p in sources)
                          ).hexdigest()[:12]


def _stamp(run) -> str:
    return f"<!-- run {run.content_hash} {run.started_at} {_code()} -->"


def write(name: str, run) -> bool:
    """Draw the figure of this run unless it is drawn already; True if the
    fragment changed. A run without its figure's numbers stops the build."""
    stem = _stem(name)
    fragment = stem.with_suffix(".md")
    if fragment.exists() and fragment.read_text().startswith(_stamp(run)):
        return False
    output = parse(run.output)
    try:
        figure = figures.FIGURES[name](output, name)
    except (KeyError, ValueError, IndexError) as error:
        raise LabError(f"{run.describe()}: its output lacks what its figure "
                       f"needs ({error}). Last lines:\n{run.tail()}") from None
    machine = output.values["machine"]
    when = run.started_at[:16].replace("T", " ")
    fragment.parent.mkdir(parents=True, exist_ok=True)
    fragment.write_text(
        f"{_stamp(run)}\n"
        '<figure class="lab-figure" data-search-exclude>\n'
        f"{figure.svg}\n"
        f"<figcaption>{html.escape(figure.alt)} Measured on {machine} "
        f"({run.method}), {when} UTC, by the run shown below."
        "</figcaption>\n</figure>\n", encoding="utf-8")
    stem.with_suffix(".json").write_text(json.dumps(figure.facts, indent=1))
    return True


def facts(name: str) -> dict[str, str]:
    path = _stem(name).with_suffix(".json")
    return json.loads(path.read_text()) if path.exists() else {}


def fill(markdown: str, page: str) -> str:
    """Replace every fact placeholder; an unknown one stops the build."""
    def value(match):
        name, key = match[1], match[2]
        known = facts(name)
        if key not in known:
            raise LabError(
                f"{page}: {{{{ lab {name} {key} }}}} names no fact of "
                f"{name}'s figure; it has: {', '.join(known) or 'none'}")
        return known[key]
    return FACT.sub(value, markdown)
