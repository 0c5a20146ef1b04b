import re

from snippet_checks import checks
from tools.building.render import minor


def _missing_f(run):
    """What unpickling says when __main__ has no file and no f."""
    if minor(run.python) >= (3, 14):  # pickle's own wording from 3.14
        return "  AttributeError: module '__main__' has no attribute 'f'"
    # From 3.12 the module's repr shows its loader class, not "built-in".
    main = ("<module '__main__' (<class "
            "'_frozen_importlib.BuiltinImporter'>)>"
            if minor(run.python) >= (3, 12)
            else "<module '__main__' (built-in)>")
    return f"  AttributeError: Can't get attribute 'f' on {main}"


@checks("pitfalls_start/repl_spawn.py")
def test_repl_spawn(run):
    missing_f = _missing_f(run)
    assert run.lines == [
        "python -c CODE",
        "  child exitcode: 1",
        missing_f,
        "python - < CODE (a script on stdin)",
        "  child exitcode: 1",
        # spawn tries to run the file __main__ came from: "<stdin>"
        "  FileNotFoundError: [Errno 2] No such file or directory: "
        "'…/<stdin>'",
        "python -i < CODE (the REPL)",
        "  child exitcode: 1",
        missing_f,
    ]
    assert "f(3) = 9" not in run.output  # f never ran


@checks("pitfalls_start/repl_spawn_fixed.py")
def test_repl_spawn_fixed(run):
    ok = ["  f(3) = 9", "  child exitcode: 0"]
    assert run.lines == [
        "python -c CODE", *ok,
        "python -i < CODE (the REPL)", *ok,
        "python script.py", *ok,
    ]


@checks("pitfalls_start/import_time_pool.py")
def test_import_time_pool(run):
    refused = ("  RuntimeError: An attempt has been made to start a new "
               "process before the")
    looping = [refused, "  still waiting after 4 failed starts"]
    # program.py picks its own default method, whatever run.method is.
    if minor(run.python) < (3, 14):
        default = ["fork (the default):",
                   "  exit code 0, printed [0, 1, 4, 9, 16]"]
    elif minor(run.python) == (3, 14):
        # The fork server runs the unguarded pool while it preloads
        # __main__, fails once and dies; the parent's connection to it
        # is reset (refused, if the server died before the connect).
        default = ["forkserver (the default):", refused]
        assert re.fullmatch(
            r"  exit code 1: Connection(Reset|Refused)Error: .*",
            run.lines[-1]), run.lines[-1]
        default.append(run.lines[-1])
    else:
        # 3.15 ignores the server's preload error (gh-141860): each
        # child imports the script again, as under spawn.
        default = ["forkserver (the default):", *looping]
    assert run.lines == ["spawn:", *looping, *default]


@checks("pitfalls_start/import_time_pool_fixed.py")
def test_import_time_pool_fixed(run):
    assert run.lines == [
        "squares: [0, 1, 4, 9, 16]",
        "__name__ in the workers: {'__mp_main__'}",
        "__name__ here: __main__",
    ]


@checks("pitfalls_start/fork_lock_deadlock.py")
def test_fork_lock_deadlock(run):
    assert run.lines == [
        "child reached the lock: True",
        "child still waiting after 2 s: deadlocked",
        "child exitcode: -15",  # ended by terminate(): SIGTERM
    ]
    assert "got the lock" not in run.output


@checks("pitfalls_start/fork_lock_fixed.py")
def test_fork_lock_fixed(run):
    names = ["ForkProcess-1", "SpawnProcess-2", "ForkServerProcess-3"]
    assert run.lines == (
        [f"{name}: got the lock" for name in names]
        + [f"{name} exitcode: 0" for name in names])


@checks("pitfalls_start/daemon_children_fixed.py")
def test_daemon_children_fixed(run):
    assert run.lines == ["grandchild ran", "child exitcode: 0"]
