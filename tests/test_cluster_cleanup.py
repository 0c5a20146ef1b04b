"""Every scheduler, worker and daemon a cluster snippet starts is gone when
its run ends: after a normal run through the runner, and after a run the
runner kills midway (as it does at a timeout). Linux: it reads /proc.

Each run carries a marker in its environment, which every process it
starts inherits, so a process that left the snippet's process group or
session (setsid) is still found."""
import ipaddress
import os
import re
import socket
import subprocess
import threading
import time
import uuid

import pytest

from tools.running import (catalog, environments, killing, marked,
                           procfs, runner)
from tools.running.interpreters import site_python

pytestmark = pytest.mark.skipif(
    not procfs.available(),
    reason="finds a run's processes and sockets through Linux's /proc")

MARK = "MPGUIDE_CLUSTER_RUN"
GRACE = 5.0  # seconds a killed cluster may take to wind down

# The line a snippet prints once its workers have run a task: the kill
# then lands in the middle of its work.
READY = {
    "cluster/dask_local.py": "submit, result(): ",
    "cluster/ray_local.py": "remote, get(): ",
}
SNIPPETS = [name for name in READY if name in catalog.load()]


def _marked(token):
    """PID -> (pgrp, session, command line) of the live processes whose
    environment holds the run's marker."""
    found = {}
    for pid in marked.pids(MARK, token):
        try:
            found[pid] = (*procfs.group_and_session(pid),
                          procfs.command(pid))
        except OSError:
            continue  # gone meanwhile
    return found


def _in_session(session):
    """PIDs of the live processes of a session (the runner makes one per
    run)."""
    pids = []
    for pid in procfs.pids():
        try:
            if (procfs.group_and_session(pid)[1] == session
                    and not procfs.exited(pid)):
                pids.append(pid)
        except OSError:
            continue  # gone meanwhile
    return pids


def _loopback(address):
    """127.0.0.0/8 or ::1, also as an IPv6 socket's IPv4-mapped address
    (::ffff:127.0.0.1, which Ray's servers listen on)."""
    ip = ipaddress.ip_address(address)
    return (getattr(ip, "ipv4_mapped", None) or ip).is_loopback


def _accepts(port):
    with socket.socket() as probe:
        probe.settimeout(2)
        try:
            probe.connect(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _still_bound(ports, within=GRACE):
    """The ports that still accept connections after `within` seconds."""
    deadline = time.monotonic() + within
    while True:
        bound = sorted(p for p in ports if _accepts(p))
        if not bound or time.monotonic() > deadline:
            return bound
        time.sleep(0.2)


def _wait_until_gone(token, session, within=GRACE):
    deadline = time.monotonic() + within
    while True:
        left = _marked(token)
        for pid in _in_session(session):
            try:
                left.setdefault(pid, procfs.group_and_session(pid)
                                + ("(in its session)",))
            except OSError:
                continue  # gone meanwhile
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.2)


def _kill_and_describe(left):
    """Kill what a run left (the test must not leak it either) and say what
    it was."""
    killing.kill(left)
    return "\n".join(f"  pid {pid} pgrp {pgrp} session {session}: {command}"
                     for pid, (pgrp, session, command) in sorted(left.items()))


def _start(snippet, token):
    """The snippet, started as the runner starts one (its own session,
    its interpreter's environment, no PYTHON* settings), with the run's
    marker added to its environment. Not through runner.run itself: the
    marker must reach this run alone, while other tests run snippets."""
    python = site_python()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("PYTHON")}
    env.update(PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1",
               **{MARK: token})
    return subprocess.Popen(
        [environments.python_for(python), str(runner.LAUNCH),
         python.methods[0], str(snippet.path.resolve())],
        cwd=snippet.path.parent, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True)


@pytest.mark.parametrize("name", SNIPPETS)
def test_a_finished_run_leaves_no_process_and_no_port(name):
    snippet = catalog.get(name)
    token = uuid.uuid4().hex
    proc = _start(snippet, token)
    try:
        raw, _ = proc.communicate(timeout=snippet.timeout)
        # What the program itself stops, as when a reader runs it: the
        # runner's clean-up comes only after.
        left = _wait_until_gone(token, session=proc.pid, within=15)
    finally:
        killing.group(proc)
    output = raw.decode("utf-8", errors="replace")
    assert proc.returncode == 0, output
    assert not left, (f"{name} left processes behind after it ended:\n"
                      + _kill_and_describe(left))
    ports = {int(p) for p in re.findall(r"127\.0\.0\.1:(\d+)", output)}
    assert ports, output
    bound = _still_bound(ports)
    assert not bound, f"{name}: ports still accept connections: {bound}"


@pytest.mark.parametrize("name", SNIPPETS)
def test_a_killed_run_listened_on_loopback_only_and_leaves_nothing(name):
    """Started as the runner starts a snippet, killed as the runner kills
    one at its timeout, once the cluster is up and working. While it works,
    every socket its processes listen on is bound to a loopback address:
    nothing a snippet starts is reachable from another machine."""
    snippet = catalog.get(name)
    token = uuid.uuid4().hex
    proc = _start(snippet, token)
    seen, ports = [], set()
    # A snippet that never gets there must not hang the test.
    stop = threading.Timer(snippet.timeout, proc.kill)
    stop.start()
    try:
        for raw in proc.stdout:  # until the cluster says it is up
            line = raw.decode("utf-8", errors="replace").rstrip("\n")
            seen.append(line)
            ports |= {int(port) for port in
                      re.findall(r"127\.0\.0\.1:(\d+)", line)}
            if line.startswith(READY[name]):
                break
        else:
            pytest.fail(f"{name} ended before its cluster was up:\n"
                        + "\n".join(seen))
        listening = procfs.listening_addresses(_marked(token))
        ports |= {port for _, port in listening}
    finally:
        stop.cancel()
        # What the runner does to a snippet that reaches its timeout.
        killing.hung_run(proc)
        killing.group(proc)
        proc.communicate()
    left = _wait_until_gone(token, session=proc.pid)
    if left:
        pytest.fail(f"{name}, killed: processes outlived the kill by "
                    f"{GRACE:.0f} s (the test killed them now):\n"
                    + _kill_and_describe(left))
    assert ports, seen
    bound = _still_bound(ports)
    assert not bound, f"{name}, killed: ports still accept connections: " \
                      f"{bound}"
    assert listening, f"{name}: no listening socket found while it worked"
    exposed = sorted(address for address in listening
                     if not _loopback(address[0]))
    assert not exposed, f"{name} listened beyond loopback: {exposed}"
