"""Processes found by a marker in their environment, which every process
a program starts inherits: found even after one left its process group
or session (setsid). Linux only: it reads /proc; elsewhere it finds none.
"""
from __future__ import annotations

import os


def exited(pid: str) -> bool:
    """A zombie (or dead) process has closed its files and sockets. One
    that is still exiting may have released its memory, so its command
    line reads empty, while its sockets still listen."""
    with open(f"/proc/{pid}/stat", "rb") as stat:
        return stat.read().rsplit(b")", 1)[1].split()[0] in (b"Z", b"X")


def pids(name: str, value: str) -> list[int]:
    """The live processes whose environment holds ``name=value``."""
    if not os.path.isdir("/proc"):
        return []
    needle = f"{name}={value}".encode()
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/environ", "rb") as environ:
                if needle not in environ.read().split(b"\0"):
                    continue
            if not exited(entry):
                found.append(int(entry))
        except (OSError, IndexError):
            continue  # gone meanwhile, or not ours to read
    return found


def commands(name: str, value: str) -> dict[int, bytes]:
    """The live processes whose environment holds ``name=value``, each
    with its command line."""
    found = {}
    for pid in pids(name, value):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                found[pid] = cmdline.read()
        except OSError:
            continue  # gone meanwhile
    return found
