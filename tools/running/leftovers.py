"""What a test session leaves behind on Linux: entries in /dev/shm (where
POSIX shared memory and named semaphores live) and processes still alive,
each put down to the snippet runs that were going on when it appeared.
Elsewhere it finds nothing.

A /dev/shm entry does not record who made it, so the suspects are the
runs whose time window holds the entry's creation; a leak that recurs is
pinned down by the runs it keeps naming. Processes carry the session's
marker (MARK) in their environment, which every process a run starts
inherits, also one that left its session.
"""
from __future__ import annotations

import json
import os
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from tools.running import killing, marked, procfs

SHM = Path("/dev/shm")
MARK = "MPGUIDE_SESSION"
SLACK = 0.5  # seconds around a run's window: clocks read a moment apart
GRACE = 1.0  # seconds a /dev/shm entry may take to go after its program


@dataclass(frozen=True)
class Window:
    label: str  # e.g. "pool/map_squares.py 3.14.10 forkserver"
    start: float  # time.time()
    end: float


@dataclass(frozen=True)
class Leftover:
    kind: str  # "/dev/shm entry" or "process"
    name: str
    created: float  # time.time()
    suspects: tuple[str, ...]

    def describe(self) -> str:
        who = (", ".join(self.suspects) if self.suspects
               else "no snippet run was going on")
        when = time.strftime("%H:%M:%S", time.localtime(self.created))
        return f"{self.kind} {self.name} (made {when}; during: {who})"


_windows: list[Window] = []  # this process's runs; list.append is atomic


@contextmanager
def recorded(label: str, into: list[Window] = _windows):
    """Note the time window of one run, for the suspects."""
    start = time.time()
    try:
        yield
    finally:
        into.append(Window(label, start, time.time()))


def shm() -> dict[str, float]:
    """/dev/shm entry -> when it was made (its inode's change time)."""
    found = {}
    try:
        entries = list(os.scandir(SHM))
    except OSError:
        return found
    for entry in entries:
        try:
            found[entry.name] = entry.stat(follow_symlinks=False).st_ctime
        except OSError:
            continue  # removed meanwhile
    return found


def _suspects(created: float, windows: list[Window]) -> tuple[str, ...]:
    return tuple(w.label for w in list(windows)
                 if w.start - SLACK <= created <= w.end + SLACK)


class Session:
    """Opened before the first run, checked after the last."""

    def __init__(self, windows: list[Window] = _windows):
        self.start = time.time()
        self.before = shm()
        self.windows = windows
        self.token = f"{os.getpid()}-{self.start:.6f}"

    def mark(self) -> None:
        """Every process started from now on carries the marker."""
        os.environ[MARK] = self.token

    def _processes(self) -> list[int]:
        # The session's own children (pytest's resource tracker, say) end
        # with it; a snippet's stray has been handed to another parent.
        me = os.getpid()
        strays = []
        for pid in marked.pids(MARK, self.token):
            try:
                parent = procfs.parent(pid)
            except OSError:
                continue
            if pid != me and parent != me:
                strays.append(pid)
        return strays

    def leftovers(self, strict: bool) -> list[Leftover]:
        """What appeared since the start and is still there; the session's
        stray processes are killed on the way, so that what they held
        counts. An entry some other live process has open or mapped is in
        use, not left. Not strict, an entry made while none of this
        session's runs was going on is taken for another program's."""
        found = []
        strays = self._processes()
        for pid in strays:
            try:
                created = procfs.started(pid)
                command = procfs.command(pid, limit=120)
            except OSError:
                continue  # ended meanwhile
            found.append(Leftover("process", f"{pid} ({command})",
                                  created, _suspects(created, self.windows)))
        killing.kill(strays)
        entries = self._new_entries(strict)
        if entries:
            # A resource tracker may still be removing what its program
            # left a moment ago: what is still there after a while counts.
            time.sleep(GRACE)
            entries = [e for e in self._new_entries(strict) if e in entries]
        return found + entries

    def _new_entries(self, strict: bool) -> list[Leftover]:
        found = []
        busy = _in_use()
        for name, created in sorted(shm().items()):
            # (A file's times come from a clock coarser than time.time().)
            if (created < self.start - SLACK
                    or self.before.get(name) == created):
                continue
            if name in busy:
                continue
            suspects = _suspects(created, self.windows)
            if suspects or strict:
                found.append(Leftover("/dev/shm entry", name, created,
                                      suspects))
        return found


def _in_use() -> set[str]:
    """Names in /dev/shm that a live process has open or mapped."""
    prefix = f"{SHM}/"
    names = set()
    for pid in procfs.pids():
        try:
            paths = procfs.files(pid)
        except OSError:
            continue  # gone meanwhile, or not ours to read
        names.update(path[len(prefix):].split("/")[0].split()[0]
                     for path in paths if path.startswith(prefix)
                     and len(path) > len(prefix))
    return names


def save(leftovers: list[Leftover], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps([asdict(item) for item in leftovers],
                               indent=1))


def load(path: Path) -> list[Leftover]:
    if not path.is_file():
        return []
    return [Leftover(**{**item, "suspects": tuple(item["suspects"])})
            for item in json.loads(path.read_text())]
