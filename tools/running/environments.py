"""One virtual environment per interpreter, with the packages snippets import.

The packages are pinned in ``snippets/requirements.txt`` (with markers where
an older Python needs an older release). Each interpreter gets an environment
named by its key and by a hash of that file, built with uv from the package
registry; a change of the file or of the interpreter gives a new name, so
the environment is rebuilt, and old ones of that interpreter are removed.

    python -m tools.running.environments      # build them all, timed
"""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from tools.paths import CACHE, REQUIREMENTS
from tools.running import fingerprint
from tools.running.fingerprint import imported_by
from tools.running.interpreters import Interpreter

ENVIRONMENTS = CACHE / "envs"
READY = "ready"  # written last: an environment without it is half-built
RECIPE = 2  # how _build installs; a new one gives environments new names

_locks: dict[str, threading.Lock] = {}
_locks_guard = threading.Lock()


class PackageInstallError(RuntimeError):
    """Installing the snippets' packages failed; the message names the
    package and the interpreter."""


def requirements_hash(requirements: Path = REQUIREMENTS) -> str:
    if not requirements.is_file():
        return hashlib.sha256(b"").hexdigest()[:12]
    return fingerprint.file_digest(requirements).hex()[:12]


def requirement_names(requirements: Path = REQUIREMENTS) -> list[str]:
    """Distribution names the file pins, normalised as PyPI does."""
    return list(dict.fromkeys(name for name, _, _ in _pins(requirements)))


def needed_by(path: Path) -> list[str]:
    """The pinned packages a snippet imports, itself or through a module
    of its folder, by the name it imports (which is the distribution's
    name for every package pinned so far)."""
    pinned = requirement_names()
    imported = imported_by(path)
    return [name for name in pinned if name.replace("-", "_") in imported]


Pin = tuple[str, str, str]  # name, marker, comment of one line


def _pins(requirements: Path = REQUIREMENTS) -> tuple[Pin, ...]:
    """(name, marker, comment) of each requirement line."""
    return _parsed(requirements, requirements_hash(requirements))


@cache
def _parsed(requirements: Path, _hash: str) -> tuple[Pin, ...]:
    pins = []
    if requirements.is_file():
        for line in requirements.read_text(encoding="utf-8").splitlines():
            spec, _, comment = line.partition("#")
            match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
            if match:
                name = re.sub(r"[-_.]+", "-", match[1]).lower()
                marker = spec.partition(";")[2].strip()
                pins.append((name, marker, comment.strip()))
    return tuple(pins)


def pinned_for(version: tuple[int, int]) -> list[str]:
    """The distributions snippets/requirements.txt installs for this
    Python version (a line whose marker excludes it installs nothing)."""
    return list(_pinned_for(tuple(version[:2]), requirements_hash()))


@cache
def _pinned_for(version: tuple[int, int], _hash: str) -> tuple[str, ...]:
    from packaging.markers import Marker
    environment = {"python_version": "%d.%d" % version,
                   "python_full_version": "%d.%d.0" % version}
    return tuple(name for name in requirement_names()
                 if any(pin == name and (not marker or
                                         Marker(marker).evaluate(environment))
                        for pin, marker, _ in _pins()))


def unpinned_for(path: Path, version: tuple[int, int]) -> dict[str, str]:
    """The packages a snippet imports that snippets/requirements.txt pins
    for no line's Python version matching ``version``, each with the reason
    written beside its last pin (e.g. no wheel for that version)."""
    needed = needed_by(path)
    if not needed:  # most snippets import no pinned package
        return {}
    installed = pinned_for(version)
    reasons = {name: comment for name, _, comment in _pins()}
    return {name: reasons[name] or "not pinned for this version"
            for name in needed if name not in installed}


def location(interpreter: Interpreter, requirements: Path = REQUIREMENTS,
             root: Path = ENVIRONMENTS) -> Path:
    return root / (f"{interpreter.key}-{requirements_hash(requirements)}"
                   f"-r{RECIPE}")


def _python_in(env: Path) -> Path:
    if sys.platform == "win32":
        return env / "Scripts" / "python.exe"
    return env / "bin" / "python"


def _uv() -> str:
    try:
        from uv import find_uv_bin  # the tooling's requirements pin it
        return find_uv_bin()
    except ImportError:
        found = shutil.which("uv")
        if not found:
            raise PackageInstallError(
                "uv is not installed: run `make setup` (it is in "
                "requirements.txt) to build the snippets' environments")
        return found


@contextmanager
def _locked(root: Path, key: str):
    """One builder per environment, across threads and processes (the
    tests and a build, or two test runs, may start at once)."""
    with _locks_guard:
        lock = _locks.setdefault(key, threading.Lock())
    with lock:
        root.mkdir(parents=True, exist_ok=True)
        with open(root / f"{key}.lock", "w") as handle:
            try:
                import fcntl
            except ImportError:  # Windows: threads are locked above
                yield
                return
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


def _failure(interpreter: Interpreter, step: str, output: str,
             requirements: Path) -> str:
    named = [name for name in requirement_names(requirements)
             if re.search(rf"(?i)\b{re.escape(name)}\b",
                          output.replace("_", "-"))]
    what = ", ".join(named) if named else "the packages"
    tail = "\n".join(output.strip().splitlines()[-15:])
    return (f"could not {step} {what} for {interpreter.label} "
            f"({interpreter.executable}) from snippets/{requirements.name}:\n{tail}")


def _build(interpreter: Interpreter, env: Path, requirements: Path) -> None:
    uv = _uv()
    settings = {**os.environ, "UV_PYTHON_DOWNLOADS": "never",
                "UV_NO_CONFIG": "1"}
    if env.exists():
        shutil.rmtree(env)
    steps = [("create an environment with",
              [uv, "venv", "--quiet", "--python", interpreter.executable,
               str(env)])]
    if requirements.is_file():
        # Compiled once here: the runner forbids writing bytecode (no
        # __pycache__ beside a reader's snippet), so without it every
        # process, every worker too, compiled numpy, pandas, ... again
        # (importing numpy, pandas and joblib: 1.6 s of CPU, 0.6 s with it).
        steps.append(("install", [
            uv, "pip", "install", "--quiet", "--compile-bytecode",
            "--python", str(_python_in(env)), "-r", str(requirements)]))
    for step, command in steps:
        done = subprocess.run(command, capture_output=True, text=True,
                              env=settings, timeout=900)
        if done.returncode:
            shutil.rmtree(env, ignore_errors=True)
            raise PackageInstallError(_failure(
                interpreter, step, done.stdout + done.stderr, requirements))
    (env / READY).write_text(requirements_hash(requirements))
    for old in env.parent.glob(f"{interpreter.key}-*"):
        if old.name.startswith(env.name):
            continue
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)


def python_for(interpreter: Interpreter, requirements: Path = REQUIREMENTS,
               root: Path = ENVIRONMENTS) -> str:
    """The environment's python for this interpreter, built if needed
    (the tests pass their own file and folder)."""
    return _python_for(interpreter, requirements, root,
                       requirements_hash(requirements))


@cache
def _python_for(interpreter: Interpreter, requirements: Path, root: Path,
                _hash: str) -> str:
    env = location(interpreter, requirements, root)
    if not (env / READY).is_file():
        with _locked(root, env.name):
            if not (env / READY).is_file():
                _build(interpreter, env, requirements)
    return str(_python_in(env))


def prefix(interpreter: Interpreter) -> str:
    """The environment's folder, which tracebacks from its packages name."""
    return str(location(interpreter))


def main() -> int:
    from tools.running.interpreters import discover
    total = time.perf_counter()
    for interpreter in discover():
        start = time.perf_counter()
        try:
            python_for(interpreter)
        except PackageInstallError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        print(f"{interpreter.label}: {time.perf_counter() - start:.2f} s")
    print(f"environments_s: {time.perf_counter() - total:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
