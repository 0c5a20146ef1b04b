"""A session names what it leaves in /dev/shm or running, and the runs
that were going on when each appeared."""
import os
import subprocess
import sys
import time
import uuid

import pytest

from tools.running import leftovers, procfs

pytestmark = pytest.mark.skipif(
    not (procfs.available() and leftovers.SHM.is_dir()),
    reason="reads Linux's /proc and /dev/shm")


def test_an_entry_made_during_a_run_names_that_run():
    windows = []  # not the session's own: its runs go on meanwhile
    session = leftovers.Session(windows)
    name = f"mpguide-test-{uuid.uuid4().hex}"
    try:
        with leftovers.recorded("demo/leaks.py 3.14.10 forkserver",
                                into=windows):
            (leftovers.SHM / name).write_bytes(b"x")
        found = {item.name: item for item in session.leftovers(strict=False)}
        assert found[name].kind == "/dev/shm entry"
        assert found[name].suspects == ("demo/leaks.py 3.14.10 forkserver",)
    finally:
        (leftovers.SHM / name).unlink()


def test_an_entry_made_outside_any_run_counts_only_when_strict():
    session = leftovers.Session(windows=[])
    name = f"mpguide-test-{uuid.uuid4().hex}"
    try:
        (leftovers.SHM / name).write_bytes(b"x")
        assert name not in {i.name for i in session.leftovers(strict=False)}
        strict = {i.name: i for i in session.leftovers(strict=True)}
        assert strict[name].suspects == ()
        assert "no snippet run was going on" in strict[name].describe()
    finally:
        (leftovers.SHM / name).unlink()


def test_a_process_that_left_its_session_is_found_and_killed():
    session = leftovers.Session(windows=[])
    # A grandchild in a session of its own, as a daemonising snippet
    # leaves it: its parent is gone, so it is no child of this process.
    parent = subprocess.run(
        [sys.executable, "-c",
         "import subprocess, sys; print(subprocess.Popen([sys.executable,"
         " '-c', 'import time; time.sleep(120)'],"
         " start_new_session=True, stdout=subprocess.DEVNULL,"
         " stderr=subprocess.DEVNULL).pid)"],
        capture_output=True, text=True, check=True,
        env={**os.environ, leftovers.MARK: session.token})
    stray = int(parent.stdout)
    try:
        found = [i for i in session.leftovers(strict=False)
                 if i.kind == "process"]
        assert [i.name.split()[0] for i in found] == [str(stray)]
        deadline = time.monotonic() + 10
        while procfs.alive(stray):
            assert time.monotonic() < deadline, "the stray still runs"
            time.sleep(0.05)
    finally:
        try:
            os.kill(stray, 9)
        except ProcessLookupError:
            pass


def test_a_report_survives_the_round_trip(tmp_path):
    item = leftovers.Leftover("process", "12 (python x.py)", 1.5, ("a",))
    leftovers.save([item], tmp_path / "l.json")
    assert leftovers.load(tmp_path / "l.json") == [item]
    assert leftovers.load(tmp_path / "missing.json") == []


def test_an_entry_another_program_has_open_is_in_use_not_left():
    session = leftovers.Session(windows=[])
    name = f"mpguide-test-{uuid.uuid4().hex}"
    try:
        with open(leftovers.SHM / name, "wb") as held:
            held.write(b"x")
            assert name not in {
                i.name for i in session.leftovers(strict=True)}
        assert name in {i.name for i in session.leftovers(strict=True)}
    finally:
        (leftovers.SHM / name).unlink()
