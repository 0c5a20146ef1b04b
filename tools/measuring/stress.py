"""The flake check: the whole snippet matrix, many times, half of them on a
busy machine; one line per test that failed at least once.

    python -m tools.measuring.stress RUNS [pytest selection...]

Each run executes every snippet and notebook under every interpreter and
start method from nothing (CI=true, and a cache of its own, so the stored
runs the site shows are left alone). Every second run keeps all cores but
one busy with load processes that this command starts and always stops,
also on Ctrl-C or SIGTERM; stopped, it also kills the run's pytest and
every snippet process that run started (found by a marker in their
environment). A run's session names what it left in /dev/shm or running,
with the snippet runs going on when each appeared (tools/running/
leftovers.py); those are listed too. The last line is exactly
``runs: N, flaky_tests: K, leaked: L``; each run says how long it took.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from tools.measuring import stopping
from tools.paths import ROOT
from tools.running import killing, leftovers, marked

SELECTION = ["tests/snippets", "tests/test_notebooks.py"]
BUSY_LOOP = "while True: pass"
MARK = "MPGUIDE_STRESS_RUN"  # in every process a run starts


def start_load() -> list[subprocess.Popen]:
    """Busy loops on every core but one (one on a single-core machine)."""
    count = max(1, (os.cpu_count() or 1) - 1)
    return [subprocess.Popen([sys.executable, "-c", BUSY_LOOP])
            for _ in range(count)]


def stop_load(load: list[subprocess.Popen]) -> None:
    for process in load:
        process.kill()
    for process in load:
        process.wait()


def failures(report: Path) -> dict[str, str]:
    """Test id -> first line of its failure message, from a JUnit report."""
    found = {}
    if not report.is_file():
        return {"(pytest wrote no report)": "the run did not complete"}
    for case in ElementTree.parse(report).iter("testcase"):
        for problem in (*case.iter("failure"), *case.iter("error")):
            name = f"{case.get('classname')}::{case.get('name')}"
            text = (problem.get("message") or problem.text or "").strip()
            found.setdefault(name, text.splitlines()[0] if text else "")
    return found


def _stop(pytest: subprocess.Popen, token: str) -> None:
    """Kill pytest and every snippet process it started (each runs in a
    session of its own, so only the marker finds them all), resource
    trackers last, so that they remove what their programs left in
    /dev/shm (a stopped check left six semaphores there)."""
    pytest.kill()
    pytest.wait()
    killing.sparing_trackers(lambda: marked.commands(MARK, token))


def one_run(number: int, selection: list[str],
            scratch: Path) -> tuple[dict, list[leftovers.Leftover]]:
    report = scratch / f"report-{number}.xml"
    token = f"{scratch.name}-{number}"
    cache = scratch / f"cache-{number}"
    env = dict(os.environ, CI="true", MPGUIDE_PYTHONS="all",
               MPGUIDE_CACHE=str(cache), **{MARK: token})
    pytest = subprocess.Popen(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         f"--junitxml={report}", *selection],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        pytest.wait()
    finally:
        _stop(pytest, token)  # after a normal end, finds nothing
    # The session writes it where tests/conftest.py says: in its cache.
    return failures(report), leftovers.load(cache / "leftovers.json")


def main(argv: list[str]) -> int:
    stopping.like_ctrl_c()  # the load is stopped
    runs = int(argv[0]) if argv else 10
    selection = argv[1:] or SELECTION
    failed: dict[str, list] = {}  # test id -> [count, first message]
    leaked: list[str] = []
    with tempfile.TemporaryDirectory(prefix="mpguide-stress-") as tmp:
        for number in range(1, runs + 1):
            busy = number % 2 == 0
            load = start_load() if busy else []
            began = time.monotonic()
            try:
                found, left = one_run(number, selection, Path(tmp))
            finally:
                stop_load(load)
            leaked += [f"run {number}: {item.describe()}" for item in left]
            for name, message in found.items():
                entry = failed.setdefault(name, [0, f"run {number}: {message}"])
                entry[0] += 1
            minutes = (time.monotonic() - began) / 60
            print(f"run {number}/{runs}{' (busy machine)' if busy else ''}:"
                  f" {len(found)} failed, {len(left)} left behind,"
                  f" {minutes:.0f} min",
                  file=sys.stderr, flush=True)
            # Named at once: a check stopped before its last run keeps them.
            for name, message in sorted(found.items()):
                print(f"  {name}: {message}", file=sys.stderr, flush=True)
    for name, (count, message) in sorted(failed.items()):
        print(f"{name}: failed {count} of {runs} runs; first: {message}")
    for line in leaked:
        print(f"left behind in {line}")
    print(f"runs: {runs}, flaky_tests: {len(failed)}, leaked: {len(leaked)}")
    return 1 if failed or leaked else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
