"""Run one snippet in its own process group and capture what it printed.

Both the test suite and the site build call :func:`run`; nothing else
executes snippets.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from tools.running import environments
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


def _group_members(group: int) -> dict[int, bytes]:
    """PID -> command line of the processes in the snippet's process group
    or its session (Linux). The runner makes the snippet the leader of
    both; a program may move a child to a group of its own (Ray does, for
    its workers) without leaving the session."""
    members = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
            if group in (int(fields[2]), int(fields[3])):  # pgrp, session
                with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                    members[int(entry)] = cmdline.read()
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile
    return members


def kill_sparing_trackers(members: Callable[[], dict[int, bytes]],
                          grace: float = 5.0) -> None:
    """Kill processes but resource trackers first, and give those a
    moment: a tracker outlives its program to unlink the semaphores and
    shared memory it left, and killed with the rest it would leave them in
    /dev/shm for good. ``members()`` lists the processes (pid -> command
    line) afresh each time, since a dying pool may still fork."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        found = members()
        others = [pid for pid, cmd in found.items()
                  if b"resource_tracker" not in cmd]
        for pid in others:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        if len(others) == len(found):
            return  # no tracker left to wait for (or nothing at all)
        time.sleep(0.05)


def _kill_sparing_trackers(proc: subprocess.Popen,
                           grace: float = 5.0) -> None:
    """A hung snippet's processes, its resource trackers last."""
    if not os.path.isdir("/proc"):
        return
    try:
        proc.kill()  # first the snippet, so it starts no new worker
    except ProcessLookupError:
        pass
    kill_sparing_trackers(lambda: _group_members(proc.pid), grace)


def _kill_group(proc: subprocess.Popen) -> None:
    """Kill the snippet and every process it started."""
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)],
                       capture_output=True)
        return
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    if os.path.isdir("/proc"):
        for pid in _group_members(proc.pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


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
        if sys.platform != "win32":
            _kill_sparing_trackers(proc)
        _kill_group(proc)
        raw, _ = proc.communicate()
        exit_code = None
    finally:
        # Children the snippet left behind must not outlive it. (On Windows
        # the tree is found through a live parent, and a dead one's PID may
        # already belong to another program.)
        if sys.platform != "win32" or proc.poll() is None:
            _kill_group(proc)
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
