import re
import sys

from snippet_checks import checks
from tools.building.render import minor

POSIX = sys.platform != "win32"


def _version(run):
    return minor(run.python)


@checks("process_api/arguments.py")
def test_arguments(run):
    assert run.lines[0] == "before start: pid=None ident=None"
    child = re.fullmatch(
        r"child 'greeter' \(pid (\d+)\): Hello, world!", run.lines[1])
    after = re.fullmatch(r"after start:  pid=(\d+) ident=(\d+)",
                         run.lines[2])
    assert child and after
    # pid and ident are the same number: the child's process ID
    assert child[1] == after[1] == after[2]
    assert run.lines[3:] == ["name='greeter' daemon=False", "exitcode=0"]


@checks("process_api/join_timeout.py")
def test_join_timeout(run):
    assert run.lines == [
        # join() returns None either way: only the state tells them apart
        "join(0.1) returned None | alive True | exitcode None",
        "join()    returned None | alive False | exitcode 0",
    ]


@checks("process_api/exitcodes.py")
def test_exitcodes(run):
    rows = re.findall(r"^(\S+) +exitcode (-?\d+)$", run.output, re.M)
    # Windows has no signals: terminate() and kill() both end the
    # child with TerminateProcess, reported as -SIGTERM (-15).
    assert rows == [
        ("returns", "0"),
        ("sys.exit(4)", "4"),
        ("raises", "1"),
        ("terminate()", "-15"),
        ("kill()", "-9" if POSIX else "-15"),
    ]
    # the raising child printed its own traceback
    assert "RuntimeError: boom" in run.output
    assert re.search(r"^Process Process-3:$", run.output, re.M)


@checks("process_api/killed_by_signal.py")
def test_killed_by_signal(run):
    assert run.lines == [
        "alive: True exitcode: None",
        "alive: False exitcode: -15",
        "killed by SIGTERM",
    ]
    assert "Traceback" not in run.output  # nothing was raised


@checks("process_api/close.py")
def test_close(run):
    assert run.lines == [
        "close() while running: Cannot close a process while it is "
        "still running. You should first call join() or terminate().",
        "closed after join",
        "pid after close(): process object is closed",
    ]


@checks("process_api/authkey.py")
def test_authkey(run):
    assert run.lines == [
        "main key: AuthenticationString, 32 bytes",
        "default child has the main key: True",
        "custom child has: b'not so secret'",
    ]


@checks("process_api/sentinel.py")
def test_sentinel(run):
    assert run.lines == [
        "quick: done",
        "ended first: ['quick']",
        "exitcodes: 0 0",
    ]


@checks("process_api/daemon_exit.py")
def test_daemon_exit(run):
    lines = [line for line in run.lines
             if not line.startswith("[INFO/MainProcess] created temp")]
    assert lines[:4] == [
        "[INFO/helper] child process calling self.run()",
        "main: the daemon child runs; exiting without join()",
        "[INFO/MainProcess] process shutting down",
        "[INFO/MainProcess] calling terminate() for daemon helper",
    ]
    # join() is logged only if the child has not died yet by then
    assert lines[4:] in ([], [
        "[INFO/MainProcess] calling join() for process helper"])


@checks("process_api/daemon_no_children.py")
def test_daemon_no_children(run):
    assert ("AssertionError: daemonic processes are not allowed to "
            "have children") in run.output
    assert "grandchild" not in run.lines  # it never started
    assert run.lines[-1] == "daemon child exitcode: 1"


@checks("process_api/subclass.py")
def test_subclass(run):
    assert run.lines == [
        "MainProcess: 7² = 49",  # run() called directly
        "squarer-7: 7² = 49",  # run() called by start(), in the child
        "exitcode: 0",
    ]


@checks("process_api/current_parent.py")
def test_current_parent(run):
    main = re.fullmatch(
        r"main : current_process\(\) is 'MainProcess', pid (\d+)",
        run.lines[0])
    child = re.fullmatch(r"child: current_process\(\) is 'kid', pid (\d+)",
                         run.lines[2])
    parent = re.fullmatch(
        r"child: parent_process\(\) is 'MainProcess', pid (\d+), "
        r"alive True", run.lines[3])
    assert main and child and parent and len(run.lines) == 4
    assert run.lines[1] == "main : parent_process() is None"
    assert parent[1] == main[1] != child[1]


@checks("process_api/active_children.py")
def test_active_children(run):
    assert run.lines == [
        "before start: []",
        "all started:  ['one', 'other-1', 'other-2']",
        "one joined:   ['other-1', 'other-2']",
        "all joined:   []",
    ]


@checks("process_api/cpu_counts.py")
def test_cpu_counts(run):
    values = dict(re.findall(r"^(\S+?):\s+(.+)$", run.output, re.M))
    assert int(values["multiprocessing.cpu_count()"]) == run.cpu_count
    assert int(values["os.cpu_count()"]) == run.cpu_count
    usable = int(values["len(os.sched_getaffinity(0))"])  # Linux here
    assert 1 <= usable <= run.cpu_count
    if _version(run) >= (3, 13):
        # counts the CPUs this process may use: the affinity mask
        assert int(values["os.process_cpu_count()"]) == usable
    else:
        assert values["os.process_cpu_count()"] == "not in this Python"


@checks("process_api/log_to_stderr.py")
def test_log_to_stderr(run):
    lines = run.lines
    if run.method == "forkserver":
        # starting the fork server creates a directory for its socket
        assert re.fullmatch(
            r"\[INFO/MainProcess\] created temp directory \S+", lines[1])
        lines = lines[:1] + lines[2:]
    child_exit = [
        "[INFO/worker] process shutting down",
        '[DEBUG/worker] running all "atexit" finalizers with '
        "priority >= 0",
        '[DEBUG/worker] running the remaining "atexit" finalizers',
    ]
    exiting = "[INFO/worker] process exiting with exitcode 0"
    if _version(run) >= (3, 13):
        child_exit.insert(0, exiting)  # 3.13 logs the exit code first
    else:
        child_exit.append(exiting)
    assert lines == [
        "[INFO/MainProcess] starting one process",
        "[INFO/worker] child process calling self.run()",
        "[INFO/worker] hello from the child",
        *child_exit,
        "[INFO/MainProcess] joined, exitcode 0",
        "[INFO/MainProcess] process shutting down",
        '[DEBUG/MainProcess] running all "atexit" finalizers with '
        "priority >= 0",
        '[DEBUG/MainProcess] running the remaining "atexit" finalizers',
    ]


@checks("process_api/interrupt.py")
def test_interrupt(run):
    assert run.lines == [
        "child: KeyboardInterrupt, cleaning up",
        "exit code: 3",
        "stopped before its work ended: True",
    ]
