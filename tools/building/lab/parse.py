"""Read a lab snippet's output: ``key: value`` lines, and sections of rows.

A section starts at an unindented line ending with a colon (or at a
``key: value`` line) and holds the rows indented by two spaces under it::

    processes, s by workers (median of 3; min, max):
      2  0.170 s  (0.168, 0.175)

A row keeps the number as printed (``text``), so prose filled from it says
exactly what the output on the same page says.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

ROW = re.compile(r"  (?P<label>\S(?:(?!  ).)*?)  +(?P<text>-?\d[\d.]*)"
                 r" (?P<unit>\S+)(?:  \((?P<low>[\d.]+), (?P<high>[\d.]+)\))?")


@dataclass
class Row:
    label: str
    text: str  # the number as printed
    unit: str
    low: float | None = None
    high: float | None = None

    @property
    def value(self) -> float:
        return float(self.text)


@dataclass
class Section:
    header: str
    rows: list[Row] = field(default_factory=list)
    other: list[str] = field(default_factory=list)  # indented, not rows

    def __getitem__(self, label: str) -> Row:
        for row in self.rows:
            if row.label == label:
                return row
        raise KeyError(f"no row {label!r} under {self.header!r}")


@dataclass
class Output:
    values: dict[str, str]  # "key: value" lines
    sections: list[Section]
    notes: list[str]  # other unindented lines

    def note(self, part: str) -> str:
        """The first note that contains ``part``."""
        for line in self.notes:
            if part in line:
                return line
        raise KeyError(f"no line with {part!r}")

    def section(self, start: str) -> Section:
        """The one section whose header starts with ``start``."""
        found = [s for s in self.sections if s.header.startswith(start)]
        if len(found) != 1:
            raise KeyError(f"{len(found)} sections start with {start!r}")
        return found[0]


def parse(output: str) -> Output:
    values: dict[str, str] = {}
    sections: list[Section] = []
    notes: list[str] = []
    for line in output.splitlines():
        if line.startswith("  ") and sections:
            match = ROW.fullmatch(line)
            if match:
                sections[-1].rows.append(Row(
                    match["label"], match["text"], match["unit"],
                    *(float(match[k]) if match[k] else None
                      for k in ("low", "high"))))
            else:
                sections[-1].other.append(line[2:])
        elif line.endswith(":"):
            sections.append(Section(line[:-1]))
        elif ": " in line and not line.startswith(" "):
            key, value = line.split(": ", 1)
            values[key] = value
            sections.append(Section(key))
        elif line.strip():
            notes.append(line)
    return Output(values, sections, notes)
