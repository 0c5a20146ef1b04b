"""Processes found by a marker in their environment, which every process
a program starts inherits: found even after one left its process group
or session (setsid). Linux only: it reads /proc; elsewhere it finds none.
"""
from __future__ import annotations

from tools.running import procfs


def pids(name: str, value: str) -> list[int]:
    """The live processes whose environment holds ``name=value``."""
    needle = f"{name}={value}".encode()
    found = []
    for pid in procfs.pids():
        try:
            if needle in procfs.environ(pid) and not procfs.exited(pid):
                found.append(pid)
        except OSError:
            continue  # gone meanwhile, or not ours to read
    return found


def commands(name: str, value: str) -> dict[int, bytes]:
    """The live processes whose environment holds ``name=value``, each
    with its command line."""
    found = {}
    for pid in pids(name, value):
        try:
            found[pid] = procfs.cmdline(pid)
        except OSError:
            continue  # gone meanwhile
    return found
