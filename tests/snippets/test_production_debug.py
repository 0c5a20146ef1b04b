import re

from snippet_checks import checks
from tools.building.render import minor
from tools.paths import SNIPPETS

WORKER = {"fork": "ForkPoolWorker", "spawn": "SpawnPoolWorker",
          "forkserver": "ForkServerPoolWorker"}


def line_of(name, text):
    """The line number of the first line of a snippet that holds text."""
    path = SNIPPETS / "production_debug" / name
    lines = path.read_text().splitlines()
    return next(n for n, line in enumerate(lines, 1) if text in line)


@checks("production_debug/exit_codes.py")
def test_exit_codes(run):
    assert run.lines == [
        "finish: exitcode 0, exited with status 0",
        "exit_3: exitcode 3, exited with status 3",
        "kill_9: exitcode -9, killed by SIGKILL; a shell would show 137",
        "segfault: exitcode -11, killed by SIGSEGV; "
        "a shell would show 139",
    ]


@checks("production_debug/crash_traceback.py")
def test_crash_traceback(run):
    text = run.output
    assert run.lines[0] == "Fatal Python error: Segmentation fault"
    assert re.search(r"\nCurrent thread 0x[0-9a-f]+ .*"
                     r"\(most recent call first\):\n"
                     r'  File ".*ctypes.__init__\.py", line \d+ '
                     r"in string_at\n"
                     r'  File ".*crash_traceback\.py", line '
                     f"{line_of('crash_traceback.py', 'string_at(0)')} "
                     r"in parse\n", text)
    # From 3.14 the thread's name follows its address, and the C stack
    # follows the Python one.
    new = minor(run.python) >= (3, 14)
    named = re.search(r"^Current thread 0x[0-9a-f]+ \[", text, re.M)
    assert bool(named) == new
    assert ("Current thread's C stack trace" in text) == new
    assert run.lines[-1] == (
        "BrokenProcessPool: A process in the process pool was terminated "
        "abruptly while the future was running or pending.")


@checks("production_debug/faulthandler_inherited.py")
def test_faulthandler_inherited(run):
    # Only a forked worker inherits the parent's enabled handler.
    assert run.lines == [
        "in the parent: True",
        f"in a worker: {run.method == 'fork'}",
    ]


@checks("production_debug/stuck_stacks.py")
def test_stuck_stacks(run):
    text = run.output
    assert re.match(r"Current thread 0x[0-9a-f]+ .*"
                    r"\(most recent call first\):\n", text)
    # The dump names the function the task is stuck in, at the line of
    # reply.wait(), below the wait in synchronize.py.
    wait = line_of("stuck_stacks.py", "reply.wait()")
    assert re.search(r'  File ".*synchronize\.py", line \d+ in wait\n'
                     r'  File ".*stuck_stacks\.py", line '
                     f"{wait} in fetch\n", text)
    assert text.count("in fetch\n") == 1
    assert run.lines[-1] == "result: https://example.org"


@checks("production_debug/worker_log.py")
def test_worker_log(run):
    first, second = (f"[INFO/{WORKER[run.method]}-{n}]" for n in (1, 2))
    lines = run.lines
    start = "child process calling self.run()"
    assert lines.count(f"{first} {start}") == 1
    assert lines.count(f"{second} {start}") == 1
    assert lines.index(f"{first} {start}") < lines.index("task 0: 0")
    assert "task 1: no result after 3 s" in lines
    # The killed worker never logged its exit.
    assert not any(line.startswith(first) and "exiting" in line
                   for line in lines)
    assert lines[-1] == "[INFO/MainProcess] process shutting down"
    assert all(line.startswith("[INFO/") or line.startswith("task ")
               for line in lines)


@checks("production_debug/pdb_in_child.py")
def test_pdb_in_child(run):
    lines = run.lines
    assert lines[0] == "the child's stdin gives: ''"
    # From 3.13 pdb stops at set_trace() itself, before at the next line.
    stop = ("pdb.set_trace()" if minor(run.python) >= (3, 13)
            else 'print("after set_trace(): x =", x)')
    assert lines[2].startswith(f"-> {stop}")
    # The prompt; what follows it on its line depends on buffering.
    assert lines[3].startswith("(Pdb) ")
    # pdb read end of file: before 3.14 it quits with BdbQuit; from
    # 3.14 it asks whether to kill the process, reads end of file
    # again, and exits with status 1.
    question = ("Quitting pdb will kill the process. Quit anyway? "
                "[y/n] ")
    if minor(run.python) >= (3, 14):
        assert question in run.output and "BdbQuit" not in run.output
    else:
        assert "bdb.BdbQuit" in lines and question not in run.output
        assert "Process Process-1:" in run.output
    assert not any(line.startswith("after set_trace(): x =")
                   for line in lines)
    assert lines[-1] == "the child's exitcode: 1"
