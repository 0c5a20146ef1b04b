"""The flake check reads failures right and never leaves its load, or a
stopped run's processes, behind."""
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tools.measuring import stress
from tools.running import marked, procfs


def test_failures_are_read_from_the_junit_report(tmp_path):
    report = tmp_path / "report.xml"
    report.write_text("""<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest">
 <testcase classname="tests.snippets.test_intro" name="test_a[3.9-fork]"/>
 <testcase classname="tests.snippets.test_intro" name="test_b[3.9-fork]">
  <failure message="cpu_bound.py printed something wrong: assert 1.0 &gt; 1.1&#10;second line">trace</failure></testcase>
 <testcase classname="tests.test_notebooks" name="test_c">
  <error message="kernel died">trace</error></testcase>
</testsuite></testsuites>""")
    assert stress.failures(report) == {
        "tests.snippets.test_intro::test_b[3.9-fork]":
            "cpu_bound.py printed something wrong: assert 1.0 > 1.1",
        "tests.test_notebooks::test_c": "kernel died",
    }


def test_a_run_without_a_report_counts_as_a_failure(tmp_path):
    assert stress.failures(tmp_path / "missing.xml")


def test_the_load_keeps_all_cores_but_one_busy_and_stops(tmp_path):
    load = stress.start_load()
    try:
        assert len(load) == max(1, (os.cpu_count() or 1) - 1)
        assert all(process.poll() is None for process in load)
    finally:
        stress.stop_load(load)
    assert all(process.returncode is not None for process in load)
    if sys.platform != "win32":
        for process in load:
            try:
                os.kill(process.pid, 0)
            except ProcessLookupError:
                continue
            raise AssertionError(f"load process {process.pid} still runs")


@pytest.mark.skipif(not procfs.available(),
                    reason="finds a run's processes through Linux's /proc")
def test_a_stopped_run_leaves_no_process(tmp_path):
    """Stopping kills pytest and what it started, also in a session of its
    own, as the runner starts every snippet."""
    token = f"test-{os.getpid()}"
    child = ("import subprocess, sys, time; subprocess.Popen([sys.executable,"
             " '-c', 'import time; time.sleep(60)'], start_new_session=True);"
             " time.sleep(60)")
    pytest_like = subprocess.Popen(
        [sys.executable, "-c", child],
        env=dict(os.environ, **{stress.MARK: token}))
    deadline = time.monotonic() + 30
    while len(marked.pids(stress.MARK, token)) < 2:
        assert time.monotonic() < deadline, "the processes did not start"
        time.sleep(0.05)
    stress._stop(pytest_like, token)
    assert pytest_like.returncode is not None
    # A SIGKILL is delivered at once, but a process takes a moment to die.
    deadline = time.monotonic() + 5
    while marked.pids(stress.MARK, token):
        assert time.monotonic() < deadline, "a process outlived the stop"
        time.sleep(0.05)


def test_each_run_names_its_failures_at_once(monkeypatch, capsys):
    # A check stopped before its last run still says what failed.
    monkeypatch.setattr(stress, "one_run", lambda number, selection, tmp: (
        {f"tests.t::test_{number}": "boom"}, []))
    monkeypatch.setattr(stress, "start_load", lambda: [])
    monkeypatch.setattr(stress.stopping, "like_ctrl_c", lambda: None)
    assert stress.main(["2"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == ["run 1/2: 1 failed, 0 left behind, 0 min",
                   "  tests.t::test_1: boom",
                   "run 2/2 (busy machine): 1 failed, 0 left behind, 0 min",
                   "  tests.t::test_2: boom"]


def test_a_stopped_run_leaves_nothing_in_dev_shm(tmp_path):
    """A resource tracker outlives the stop long enough to remove the
    semaphore its killed program registered."""
    token = f"test-shm-{os.getpid()}"
    child = ("import multiprocessing as mp, time\n"
             "lock = mp.get_context('spawn').Lock()\n"
             "print(lock._semlock.name, flush=True)\n"
             "time.sleep(60)\n")
    pytest_like = subprocess.Popen(
        [sys.executable, "-c", child], stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, text=True,
        env=dict(os.environ, **{stress.MARK: token}))
    entry = Path("/dev/shm") / ("sem." + pytest_like.stdout.readline()
                                .strip().lstrip("/"))
    assert entry.exists()
    stress._stop(pytest_like, token)
    deadline = time.monotonic() + 5
    while entry.exists() or marked.pids(stress.MARK, token):
        assert time.monotonic() < deadline, "left in /dev/shm or running"
        time.sleep(0.05)
