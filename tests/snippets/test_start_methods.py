import platform
import re
import sys

from snippet_checks import checks
from tools.running import interpreters
from tools.building.render import minor


def _methods(run):
    """get_all_start_methods() of the Python that made the run (its order
    changed in 3.14: the default comes first)."""
    return list(next(i.methods for i in interpreters.configured()
                     if i.key == run.interpreter))


def _version(run):
    return minor(run.python)


def _server_imports_main(run):
    """gh-126631 (3.13.8+, 3.14.1+): the fork server imports __main__ once
    itself, so its children no longer import it each."""
    full = tuple(int(re.match(r"\d+", part)[0])
                 for part in run.python.split()[1].split(".")[:3])
    return (3, 13, 8) <= full < (3, 14) or full >= (3, 14, 1)


@checks("start_methods/same_program.py")
def test_same_program(run):
    prefix = {"fork": "Fork", "spawn": "Spawn",
              "forkserver": "ForkServer"}[run.method]
    worker = f"{prefix}PoolWorker-1"
    top = ["top level ran as '__main__' in MainProcess"]
    if run.method == "fork":
        # A copy of the parent: nothing is imported again, and the
        # global keeps the value the main block gave it.
        setting, os_parent = "changed in the main block", True
    elif run.method == "forkserver" and _server_imports_main(run):
        # The fork server (named MainProcess in its own process) imports
        # the script once; the worker forked from it imports nothing and
        # sees the global as the server's import left it.
        top.append("top level ran as '__mp_main__' in MainProcess")
        setting, os_parent = "as imported", False
    else:
        # The child imports the script as __mp_main__: the top level
        # runs again and the global has its value as imported.
        top.append(f"top level ran as '__mp_main__' in {worker}")
        setting = "as imported"
        # Under forkserver the OS parent is the fork server.
        os_parent = run.method == "spawn"
    assert run.lines == top + [
        f"worker name:        {worker}",
        f"setting it sees:    {setting!r}",
        "parent_process():   MainProcess",
        f"OS parent is main:  {os_parent}",
    ]


@checks("start_methods/start_cost.py")
def test_start_cost(run):
    rows = [re.fullmatch(
        r"(\w+) +([\d.]+) ms per process \((\d+) started and joined\)",
        line) for line in run.lines]
    assert all(rows), run.lines
    assert [row[1] for row in rows] == _methods(run)
    ms = {row[1]: float(row[2]) for row in rows}
    counts = {row[1]: int(row[3]) for row in rows}
    for method in _methods(run):
        assert ms[method] > 0
        assert counts[method] >= 5
        # Each method ran for at least 0.5 s (2 decimals of rounding).
        assert (ms[method] + 0.005) * counts[method] >= 500
    assert run.duration >= 0.5 * len(_methods(run))
    # spawn starts a new interpreter that imports the script; fork only
    # copies the running process, forkserver the small server.
    for method in ("fork", "forkserver"):
        if method in ms:
            assert ms["spawn"] > ms[method]


@checks("start_methods/inherited.py")
def test_inherited(run):
    assert re.fullmatch(r"method +global log +descriptor \d+ in child",
                        run.lines[0])
    rows = [line.split(None, 1) for line in run.lines[1:]]
    assert [method for method, _ in rows] == _methods(run)
    for method, rest in rows:
        seen, fd_state = re.split(r" {2,}", rest)
        if method == "fork":
            assert (seen, fd_state) == ("an open file", "the same file")
        else:
            # A fresh interpreter: the global is back to None and the
            # parent's descriptor number is closed or reused.
            assert seen == "None"
            assert fd_state in {"not open", "another file"}


@checks("start_methods/defaults.py")
def test_defaults(run):
    version = run.python.split()[1]
    assert run.lines[0] == f"Python {version} on {platform.system()}"
    assert run.lines[1] == f"start methods here: {_methods(run)}"
    if sys.platform in ("win32", "darwin"):
        default = "spawn"
    elif _version(run) < (3, 14):
        default = "fork"
    else:
        default = "forkserver"
    assert run.lines[2] == f"default start method: {default}"


@checks("start_methods/already_set.py")
def test_already_set(run):
    assert run.lines == [
        "RuntimeError: context has already been set",
        "start method now: spawn",
    ]


@checks("start_methods/library_context.py")
def test_library_context(run):
    prefix = {"fork": "Fork", "spawn": "Spawn", "forkserver": "ForkServer"}
    assert run.lines == [
        f"{method:<11} [1, 4, 9]  by {prefix[method]}PoolWorker"
        for method in _methods(run)]


@checks("start_methods/forkserver_preload.py")
def test_forkserver_preload(run):
    if "forkserver" not in _methods(run):
        assert run.lines == ["forkserver is not available on this platform"]
        return
    assert run.lines == [
        "loaded in the child:        {'decimal': True, 'csv': False}",
        "loaded in the main process: {'decimal': False, 'csv': False}",
    ]


@checks("start_methods/frozen_app.py")
def test_frozen_app(run):
    assert run.lines[0] == "frozen: False"
    assert re.fullmatch(r"spawn children run: python[\w.]*", run.lines[1])
    assert run.lines[2] == "same interpreter as the parent: True"
    assert len(run.lines) == 3


@checks("start_methods/fork_with_threads.py")
def test_fork_with_threads(run):
    if "fork" not in _methods(run):
        assert run.lines == ["fork is not available on this platform"]
        return
    # Only the thread that called fork exists in the child.
    assert run.lines[:3] == [
        "threads in the parent: 2",
        "threads in the child:  1",
        "warnings with the default filters: 0",
    ]
    if _version(run) >= (3, 12):
        assert run.lines[3:5] == [
            "warnings with every warning shown: 1", "DeprecationWarning:"]
        message = " ".join(line.strip() for line in run.lines[5:])
        assert re.fullmatch(
            r"This process \(pid=\d+\) is multi-threaded, use of "
            r"fork\(\) may lead to deadlocks in the child\.", message)
        assert all(line.startswith("  ") for line in run.lines[5:])
    else:
        assert run.lines[3:] == ["warnings with every warning shown: 0"]


@checks("start_methods/preload_on_error.py")
def test_preload_on_error(run):
    if "forkserver" not in _methods(run):
        assert run.lines == ["forkserver is not available on this platform"]
        return
    # The server's own traceback (on stderr) names the missing module;
    # the parent's start() fails with the note CPython adds.
    assert ("ModuleNotFoundError: No module named 'no_such_module'"
            in run.lines)
    # A reset connection as a rule; the other two are what the source
    # catches when the server dies at another moment.
    assert re.fullmatch(r"start\(\) raised (ConnectionResetError|EOFError"
                        r"|BrokenPipeError)", run.lines[-2])
    assert run.lines[-1] == ("note: Forkserver process may have crashed "
                             "during module preloading. Check stderr.")
