"""Run one snippet in its own process group and capture what it printed.

Both the test suite and the site build call :func:`run`; nothing else
executes snippets.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from tools.running import environments, killing
from tools.running.interpreters import Interpreter

LAUNCH = Path(__file__).with_name("launch.py")


@dataclass
class Run:
    snippet: str
    method: str
    interpreter: str  # Interpreter.key
    exit_code: int | None  # None: killed at the timeout
    output: str  # stdout and stderr together, as a terminal shows them
    duration: float
    started_at: str  # ISO 8601, UTC
    python: str  # e.g. "CPython 3.11.7"
    system: str
    machine: str
    cpu_count: int
    # Set by the test that checks the output: True passed, False failed;
    # None for a run no test has looked at (one the site build made).
    verified: bool | None = None
    # The code it ran, as tools.running.fingerprint hashes it, taken before the run
    # started: a file edited meanwhile must not inherit this output.
    content_hash: str = ""
    origin: str = ""  # whose build of Python: "Debian build", "pyenv build"

    @property
    def timed_out(self) -> bool:
        return self.exit_code is None

    @property
    def lines(self) -> list[str]:
        return self.output.splitlines()

    def tail(self, lines: int = 30) -> str:
        return "\n".join(self.output.splitlines()[-lines:])

    def describe(self) -> str:
        return f"{self.snippet} [{self.python}, {self.method}]"

    def to_dict(self) -> dict:
        return asdict(self)


def minor(python: str) -> tuple[int, int]:
    """(3, 11) from a run's "CPython 3.11.7"."""
    major, minor_, *_ = python.split()[-1].split(".")
    return int(major), int(minor_)


SHORT = "…"  # stands for a folder on the machine that ran the snippet


def shorten_paths(text: str, folder: Path, interpreter: Interpreter) -> str:
    """Tracebacks name files by absolute path, as `python script.py` prints
    them since 3.9; the folders that differ between machines (the script's,
    the interpreter's, its environment's) become SHORT."""
    prefixes = {str(folder), *interpreter.prefixes,
                environments.prefix(interpreter)}
    for prefix in sorted(prefixes, key=len, reverse=True):
        text = text.replace(prefix.rstrip(os.sep) + os.sep, SHORT + os.sep)
    return text


def run(name: str, path: Path, method: str, interpreter: Interpreter,
        timeout: float) -> Run:
    # In the interpreter's environment, where the packages of
    # snippets/requirements.txt are installed.
    python = environments.python_for(interpreter)
    # A plain `python script.py`: no PYTHON* setting of this machine (such
    # as PYTHONUNBUFFERED or PYTHONWARNINGS) may change what it prints.
    env = {name: value for name, value in os.environ.items()
           if not name.startswith("PYTHON")}
    env["PYTHONIOENCODING"] = "utf-8"
    # A .pyc is trusted while its source keeps its size and its mtime in
    # whole seconds: a module edited twice within a second would run stale.
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if sys.platform == "win32":
        group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
    else:
        group = {"start_new_session": True}
    started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [python, str(LAUNCH), method, str(path.resolve())],
        cwd=path.parent, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, **group)
    try:
        raw, _ = proc.communicate(timeout=timeout)
        exit_code = proc.returncode
    except subprocess.TimeoutExpired:
        killing.hung_run(proc)
        killing.group(proc)
        raw, _ = proc.communicate()
        exit_code = None
    finally:
        # Children the snippet left behind must not outlive it. (On Windows
        # the tree is found through a live parent, and a dead one's PID may
        # already belong to another program.)
        if sys.platform != "win32" or proc.poll() is None:
            killing.group(proc)
    duration = time.perf_counter() - start
    output = shorten_paths(
        raw.decode("utf-8", errors="replace").replace("\r\n", "\n"),
        path.resolve().parent, interpreter)
    return Run(
        snippet=name, method=method, interpreter=interpreter.key,
        exit_code=exit_code, output=output, duration=round(duration, 3),
        started_at=started_at, python=interpreter.label,
        system=interpreter.system, machine=interpreter.machine,
        cpu_count=interpreter.cpu_count, origin=interpreter.origin)
