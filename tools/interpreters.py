"""The Python interpreters snippets run under, and what each one is."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from functools import cache

_PROBE = """
import json, multiprocessing, os, platform, sys
print(json.dumps({
    "implementation": platform.python_implementation(),
    "version": platform.python_version(),
    "system": platform.system(),
    "machine": platform.machine(),
    "cpu_count": os.cpu_count(),
    "default_method": multiprocessing.get_start_method(),
    "methods": multiprocessing.get_all_start_methods(),
}))
"""


@dataclass(frozen=True)
class Interpreter:
    executable: str
    implementation: str
    version: str
    system: str
    machine: str
    cpu_count: int
    default_method: str
    methods: tuple[str, ...]

    @property
    def version_tuple(self) -> tuple[int, int]:
        major, minor = self.version.split(".")[:2]
        return int(major), int(minor)

    @property
    def label(self) -> str:
        return f"{self.implementation} {self.version}"

    @property
    def key(self) -> str:
        """Names its results: one per implementation, version and OS."""
        return f"{self.implementation}-{self.version}-{self.system}".lower()


@cache
def probe(executable: str) -> Interpreter:
    out = subprocess.run([executable, "-c", _PROBE], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    info = json.loads(out)
    info["methods"] = tuple(info["methods"])
    return Interpreter(executable=executable, **info)


def site_python() -> Interpreter:
    """The interpreter running the tooling; its outputs go on the pages."""
    return probe(sys.executable)


def configured() -> list[Interpreter]:
    """Interpreters named in MPGUIDE_PYTHONS (os.pathsep-separated)."""
    names = os.environ.get("MPGUIDE_PYTHONS", "").split(os.pathsep)
    names = [name for name in names if name] or [sys.executable]
    return [probe(name) for name in names]
