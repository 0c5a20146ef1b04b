"""What Linux's /proc says about processes: the only module that reads it.
Every reader returns nothing, or raises OSError, on a system without
/proc and for a process that ended meanwhile."""
from __future__ import annotations

import ipaddress
import os
import sys

ROOT = "/proc"


def available() -> bool:
    return os.path.isdir(ROOT)


def pids() -> list[int]:
    """Every process's PID, live or exiting."""
    if not available():
        return []
    return [int(entry) for entry in os.listdir("/proc") if entry.isdigit()]


def _stat(pid: int) -> list[bytes]:
    """The fields of /proc/PID/stat after the command name (which may hold
    spaces and parentheses): index 0 is field 3 of proc(5), the state."""
    with open(f"/proc/{pid}/stat", "rb") as stat:
        fields = stat.read().rsplit(b")", 1)[1].split()
    if len(fields) < 20:
        raise OSError(f"/proc/{pid}/stat is cut short")
    return fields


def exited(pid: int) -> bool:
    """A zombie (or dead) process has closed its files and sockets. One
    that is still exiting may have released its memory, so its command
    line reads empty, while its sockets still listen."""
    return _stat(pid)[0] in (b"Z", b"X")


def alive(pid: int) -> bool:
    try:
        return not exited(pid)
    except OSError:
        return False


def parent(pid: int) -> int:
    return int(_stat(pid)[1])


def group_and_session(pid: int) -> tuple[int, int]:
    fields = _stat(pid)
    return int(fields[2]), int(fields[3])


def _boot_time() -> float:
    with open("/proc/stat") as stat:
        for line in stat:
            if line.startswith("btime "):
                return float(line.split()[1])
    raise OSError("no btime in /proc/stat")


def started(pid: int) -> float:
    """When a process started, as time.time() would have said."""
    ticks = int(_stat(pid)[19])  # field 22 of proc(5): starttime
    return _boot_time() + ticks / os.sysconf("SC_CLK_TCK")


def cmdline(pid: int) -> bytes:
    """NUL-separated arguments; empty for a process that is exiting."""
    with open(f"/proc/{pid}/cmdline", "rb") as command:
        return command.read()


def command(pid: int, limit: int = 160) -> str:
    """The command line as a terminal would show it, cut to ``limit``."""
    text = cmdline(pid).replace(b"\0", b" ").decode(errors="replace")
    return text.strip()[:limit] or "(exiting)"


def environ(pid: int) -> list[bytes]:
    """``NAME=value`` entries; reading another user's raises OSError."""
    with open(f"/proc/{pid}/environ", "rb") as entries:
        return entries.read().split(b"\0")


def open_files(pid: int) -> list[str]:
    """What a process's file descriptors point to: paths, or for a socket
    ``socket:[inode]``."""
    found = []
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            found.append(os.readlink(f"/proc/{pid}/fd/{fd}"))
        except FileNotFoundError:
            continue  # closed meanwhile (the listing's own, for one)
    return found


def files(pid: int) -> list[str]:
    """Paths a process has mapped or open."""
    found = []
    with open(f"/proc/{pid}/maps") as maps:
        for line in maps:
            at = line.find("/")
            if at >= 0:
                found.append(line[at:].rstrip("\n"))
    return found + open_files(pid)


def members(group: int) -> dict[int, bytes]:
    """PID -> command line of the processes whose process group or session
    is ``group``."""
    found = {}
    for pid in pids():
        try:
            if group in group_and_session(pid):
                found[pid] = cmdline(pid)
        except (OSError, ValueError):
            continue  # gone meanwhile
    return found


def _address(field: str) -> tuple[str, int]:
    """'0100007F:1F90' (a /proc/net/tcp address) -> ('127.0.0.1', 8080):
    the address is the kernel's bytes, in 32-bit words of this machine's
    byte order."""
    host, port = field.rsplit(":", 1)
    words = [int(host[i:i + 8], 16) for i in range(0, len(host), 8)]
    raw = b"".join(word.to_bytes(4, sys.byteorder) for word in words)
    return str(ipaddress.ip_address(raw)), int(port, 16)


def listening_addresses(pids) -> set[tuple[str, int]]:
    """(address, port) of each TCP socket the given processes listen on
    (IPv4 and IPv6)."""
    sockets = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as rows:
            for row in list(rows)[1:]:
                fields = row.split()
                if fields[3] == "0A":  # LISTEN
                    sockets[fields[9]] = _address(fields[1])
    found = set()
    for pid in pids:
        try:
            links = open_files(pid)
        except OSError:
            continue  # gone meanwhile
        found.update(sockets[link[8:-1]] for link in links
                     if link.startswith("socket:[")
                     and link[8:-1] in sockets)
    return found
