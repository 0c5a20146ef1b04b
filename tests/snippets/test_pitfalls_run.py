import math
import re

from snippet_checks import checks
from tools.building.render import minor

N = 250_000  # values per task in big_results*.py
TOTAL = sum(sum(math.sqrt(t * N + i) for i in range(N)) for t in range(8))


@checks("pitfalls_run/stuck_task.py")
def test_stuck_task(run):
    # concurrent.futures.TimeoutError is the built-in one from 3.11.
    futures_timeout = ("builtins.TimeoutError"
                       if minor(run.python) >= (3, 11)
                       else "concurrent.futures._base.TimeoutError")
    pool_timeout = "multiprocessing.context.TimeoutError"
    assert run.lines == [
        "Pool(1, maxtasksperchild=1):",
        f"  ask: no result in 2 s: {pool_timeout}",
        # queued behind the stuck task: its worker is never replaced
        f"  square(3): no result in 2 s: {pool_timeout}",
        "ProcessPoolExecutor(1):",
        f"  ask: no result in 2 s: {futures_timeout}",
        "the task returned b''",  # once the server hung up
    ]


@checks("pitfalls_run/stuck_task_fixed.py")
def test_stuck_task_fixed(run):
    # socket.timeout is an alias of TimeoutError from 3.10.
    name = "TimeoutError" if minor(run.python) >= (3, 10) else "timeout"
    assert run.lines == [f"ask failed: {name}: timed out", "square(3): 9"]


def _big(run, held):
    assert run.lines[0] == f"tasks: 8, values per task: {N:,}"
    size = re.fullmatch(r"pickled size of the results: ([\d,]+) bytes",
                        run.lines[1])
    assert size, run.lines
    assert run.lines[2:] == [f"objects the parent holds: {held:,}",
                             f"total: {TOTAL:.6e}"]
    return int(size[1].replace(",", ""))


@checks("pitfalls_run/big_results.py")
def test_big_results(run):
    # A pickled float takes 9 bytes: 8 for the value, 1 for its opcode.
    assert 9 * 8 * N <= _big(run, 8 * N) < 9 * 8 * N * 1.01


@checks("pitfalls_run/big_results_fixed.py")
def test_big_results_fixed(run):
    assert _big(run, 8) < 1000


def _log(lines):
    return ["python program.py > log.txt; log.txt holds:",
            *("  " + line for line in lines)]


@checks("pitfalls_run/lost_output.py")
def test_lost_output(run):
    # Neither child's line reached the pipe; the parent's did.
    assert run.lines == _log(["parent: exit codes 0 -15"])


CHILD_LINES = ["child 1: printed, then os._exit(0)",
               "child 2: printed, then terminated",
               "parent: exit codes 0 -15"]


@checks("pitfalls_run/lost_output_fixed.py")
def test_lost_output_fixed(run):
    assert run.lines == _log(CHILD_LINES)


@checks("pitfalls_run/unbuffered_flags.py")
def test_unbuffered_flags(run):
    # -u reaches a fork child (same stream object), not a new interpreter.
    with_u = CHILD_LINES if run.method == "fork" else CHILD_LINES[2:]
    assert run.lines == [
        "python -u program.py > log.txt; log.txt holds:",
        *("  " + line for line in with_u),
        "PYTHONUNBUFFERED=1 python program.py > log.txt; log.txt holds:",
        *("  " + line for line in CHILD_LINES),
    ]


@checks("pitfalls_run/zombie.py")
def test_zombie(run):
    if run.method == "forkserver":
        # The fork server, not this process, is the child's parent.
        first = "exited; its parent is the fork server: gone"
    else:
        first = "exited, not joined: Z"
    assert run.lines == [first, "after join(): gone"]


@checks("pitfalls_run/zombie_fixed.py")
def test_zombie_fixed(run):
    assert run.lines == [
        "active_children(): []",
        "states: ['gone', 'gone', 'gone']",
        "exit codes: [0, 0, 0]",
    ]


@checks("pitfalls_run/orphan.py")
def test_orphan(run):
    assert run.lines == [
        "grandchild's parent is the middle process: True",
        "middle process killed; grandchild re-parented: True",
        "its new parent is this process: False",
        "the orphan has exited",
    ]


@checks("pitfalls_run/orphan_fixed.py")
def test_orphan_fixed(run):
    assert run.lines == [
        "grandchild's parent is the middle process: True",
        "middle process killed",
        "grandchild: my parent is gone, I stop",
        "the grandchild has exited, by itself",
    ]


@checks("pitfalls_run/drain_then_join.py")
def test_drain_then_join(run):
    assert run.lines == ["got 1,000,000 bytes; child exitcode: 0"]


@checks("pitfalls_run/leaked_resources.py")
def test_leaked_resources(run):
    # Both programs run with their own start method (spawn for the lock)
    # whatever run.method is; the tracker warns once, at its shutdown.
    warning = ("  UserWarning: resource_tracker: There appear to be 1 "
               "leaked {} objects to clean up at shutdown")
    assert run.lines == [
        "killed while its spawn Lock exists: exit code 1",
        warning.format("semaphore"),
        "SharedMemory never unlinked: exit code 0",
        warning.format("shared_memory"),
        "  the block is gone: the tracker removed it",
    ]


@checks("pitfalls_run/leaked_resources_fixed.py")
def test_leaked_resources_fixed(run):
    assert run.lines == [
        "ends normally while its spawn Lock exists: exit code 0",
        "  no warning",
        "SharedMemory unlinked by its creator: exit code 0",
        "  no warning",
    ]
