"""The Python interpreters snippets run under, and what each one is."""
from __future__ import annotations

import glob
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache, cached_property

from tools.paths import CACHE

OLDEST = (3, 9)  # snippets must run on this and every newer CPython

_PROBE = """
import json, multiprocessing, os, platform, sys, sysconfig
print(json.dumps({
    "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "build": sys.version,
    "realpath": os.path.realpath(sys.executable),
    "prefixes": sorted({sys.prefix, sys.base_prefix}),
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
    free_threaded: bool
    build: str
    realpath: str
    prefixes: tuple[str, ...]  # where its standard library lives
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
    def origin(self) -> str:
        """Whose build it is, for the provenance of its output."""
        from tools.running import debian_pythons
        if debian_pythons.provides(self.realpath):
            return debian_pythons.BUILD_NAME
        if self.realpath.startswith(os.path.join(_pyenv_root(), "versions",
                                                 "")):
            return "pyenv build"
        return ""

    @cached_property
    def key(self) -> str:
        """Names its results. A rebuilt or reinstalled interpreter of the
        same version gets a new key, so its old results are not reused."""
        stat = os.stat(self.realpath)
        identity = f"{self.realpath}|{self.build}|{stat.st_size}|{stat.st_mtime_ns}"
        digest = hashlib.sha256(identity.encode()).hexdigest()[:8]
        return f"{self.implementation}-{self.version}-{self.system}-{digest}".lower()


def _pyenv_root() -> str:
    return os.environ.get("PYENV_ROOT") or os.path.expanduser("~/.pyenv")


PROBES = CACHE / "interpreters.json"
_probe_lock = threading.Lock()


def _identity(executable: str) -> str:
    """Changes when the file behind the path changes (an upgrade, a
    rebuild), so a stored probe is never used for another interpreter."""
    real = os.path.realpath(executable)
    stat = os.stat(real)
    return f"{executable}|{real}|{stat.st_size}|{stat.st_mtime_ns}"


def _stored_probes() -> dict:
    return (json.loads(PROBES.read_text(encoding="utf-8"))
            if PROBES.is_file() else {})


@cache
def probe(executable: str) -> Interpreter:
    """What the interpreter is; asked once, then read from PROBES (starting
    an interpreter costs up to a second on a busy machine, every build)."""
    identity = _identity(executable)
    with _probe_lock:
        stored = _stored_probes()
    info = stored.get(identity)
    if info is None:
        out = subprocess.run([executable, "-c", _PROBE], capture_output=True,
                             text=True, check=True, timeout=60).stdout
        info = json.loads(out)
        with _probe_lock:
            stored = _stored_probes()
            stored[identity] = info
            PROBES.parent.mkdir(parents=True, exist_ok=True)
            tmp = PROBES.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(stored, indent=1), encoding="utf-8")
            tmp.replace(PROBES)
    return Interpreter(executable=executable, **{
        **info, "methods": tuple(info["methods"]),
        "prefixes": tuple(info["prefixes"])})


def site_python() -> Interpreter:
    """The interpreter running the tooling; its outputs go on the pages."""
    return probe(sys.executable)


def page_python() -> Interpreter:
    """The interpreter whose runs the pages show: the newest CPython found,
    so readers see what a current Python prints."""
    return discover()[-1]


def _candidates() -> list[str]:
    """Interpreter paths worth probing: the tooling's, those installed, and
    Debian's builds fetched into the cache (tools.running.debian_pythons)."""
    from tools.running import debian_pythons
    return [sys.executable, *installed_candidates(),
            *debian_pythons.executables()]


def installed_candidates() -> list[str]:
    """pyenv's versions, then python3.X on PATH."""
    found = []
    root = _pyenv_root()
    for path in glob.glob(os.path.join(root, "versions", "3.*", "bin",
                                       "python3")):
        version = re.match(r"3\.(\d+)", path.split(os.sep)[-3])
        if version and int(version[1]) >= OLDEST[1]:
            found.append(path)
    shims = os.path.join(root, "shims")  # pyenv's versions are listed above
    for minor in range(OLDEST[1], 30):
        path = shutil.which(f"python3.{minor}")
        if path and os.path.dirname(path) != shims:
            found.append(path)
    return found


@cache
def discover() -> list[Interpreter]:
    """One CPython per minor version from 3.9 on, newest patch release;
    the tooling's own interpreter wins for its version."""
    def try_probe(path):
        try:
            return probe(path)
        except (OSError, subprocess.SubprocessError, ValueError):
            return None

    chosen: dict[tuple[int, int], Interpreter] = {}
    with ThreadPoolExecutor(8) as pool:
        probed = list(pool.map(try_probe, _candidates()))
    for found in filter(None, probed):
        minor = found.version_tuple
        if (minor < OLDEST or found.implementation != "CPython"
                or found.free_threaded):  # a topic of its own
            continue
        best = chosen.get(minor)
        if best is None or (best.executable != sys.executable and
                            release(found.version) > release(best.version)):
            chosen[minor] = found
    return [chosen[minor] for minor in sorted(chosen)]


def release(version: str) -> tuple[int, ...]:
    """(3, 14, 10) from "3.14.10", "3.14.10rc1" or "3.14.10-1" (Debian's
    package version): where behaviour changed in a patch release."""
    return tuple(int(part) for part in re.findall(r"\d+", version)[:3])


def configured() -> list[Interpreter]:
    """The interpreters to verify with, from MPGUIDE_PYTHONS: unset for the
    tooling's own, ``all`` for every one :func:`discover` finds, or paths
    separated by os.pathsep."""
    setting = os.environ.get("MPGUIDE_PYTHONS", "")
    if setting == "all":
        return discover()
    names = [name for name in setting.split(os.pathsep) if name]
    return [probe(name) for name in names or [sys.executable]]
