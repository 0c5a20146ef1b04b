"""Ending processes that a snippet run left: its process group, a hung
run's processes with their resource trackers last, or a list of PIDs.
How a run is ended does not change what it printed, so this module is
not one of the inputs a stored run is keyed by (the runner is)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from typing import Callable

from tools.running import procfs


def kill(pids, within: float = 5.0) -> None:
    """SIGKILL each, then wait up to ``within`` seconds until each is gone
    or a zombie (whose files and sockets are closed)."""
    pids = list(pids)
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + within
    while time.monotonic() < deadline and any(map(procfs.alive, pids)):
        time.sleep(0.02)


def sparing_trackers(members: Callable[[], dict[int, bytes]],
                     grace: float = 5.0) -> None:
    """Kill processes but resource trackers first, and give those a
    moment: a tracker outlives its program to unlink the semaphores and
    shared memory it left, and killed with the rest it would leave them in
    /dev/shm for good. ``members()`` lists the processes (pid -> command
    line) afresh each time, since a dying pool may still fork. Trackers
    still alive after ``grace`` seconds are killed too."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        found = members()
        others = [pid for pid, cmd in found.items()
                  if b"resource_tracker" not in cmd]
        kill(others, within=0)
        if len(others) == len(found):
            return  # no tracker left to wait for (or nothing at all)
        time.sleep(0.05)
    kill(members())


def hung_run(proc: subprocess.Popen, grace: float = 5.0) -> None:
    """A run that reached its timeout: the snippet, then the processes of
    its group and session, resource trackers last (Linux)."""
    if not procfs.available():
        return
    try:
        proc.kill()  # first the snippet, so it starts no new worker
    except ProcessLookupError:
        pass
    sparing_trackers(lambda: procfs.members(proc.pid), grace)


def group(proc: subprocess.Popen) -> None:
    """The snippet and every process it started: its process group (or
    on Windows its tree), and on Linux also what moved to a group of its
    own in the snippet's session (Ray does, for its workers)."""
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(proc.pid)],
                       capture_output=True)
        return
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    kill(procfs.members(proc.pid), within=0)
