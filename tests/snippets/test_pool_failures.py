import ast
import re

from snippet_checks import checks
from tools.building.render import minor

WORKER = {"fork": "ForkPoolWorker", "spawn": "SpawnPoolWorker",
          "forkserver": "ForkServerPoolWorker"}


@checks("pool_failures/worker_init.py")
def test_worker_init(run):
    prefix = WORKER[run.method]
    # The initializer printed once in each of the two workers.
    assert sorted(run.lines[:2]) == [
        f"{prefix}-1: connection opened", f"{prefix}-2: connection opened"]
    rows = [re.fullmatch(rf"({prefix}-[12]) ran (\[[\d, ]*\]), "
                         r"its table holds (\[[\d, ]*\])", line)
            for line in run.lines[2:]]
    assert len(rows) == 2 and all(rows)
    assert [row[1] for row in rows] == [f"{prefix}-1", f"{prefix}-2"]
    ran = [ast.literal_eval(row[2]) for row in rows]
    # The barrier pairs the tasks up, so each worker ran three; its own
    # connection's table holds exactly the tasks that worker ran.
    assert [len(tasks) for tasks in ran] == [3, 3]
    assert sorted(ran[0] + ran[1]) == list(range(6))
    assert all(row[2] == row[3] for row in rows)


@checks("pool_failures/parent_global.py")
def test_parent_global(run):
    # Only a forked worker is a copy of the parent after the assignment.
    seen = ("set in the parent after import" if run.method == "fork"
            else "the module's default")
    assert run.lines == [
        f"global set in the parent:    {seen}",
        "global set by initializer:   passed through initargs",
    ]


@checks("pool_failures/recycle_reinit.py")
def test_recycle_reinit(run):
    assert run.lines == [
        f"task {task}: initializer run #{task // 2 + 1}, "
        f"task #{task % 2 + 1} of that worker"
        for task in range(6)]


@checks("pool_failures/initializer_fails.py")
def test_initializer_fails(run):
    # The executor reports the failed initializer: the task fails, and
    # the broken executor refuses new work.
    assert [line for line in run.lines
            if line.startswith(("the task", "submit()"))] == [
        "the task: BrokenProcessPool",
        "submit() after that: BrokenProcessPool: A child process "
        "terminated abruptly, the process pool is not usable anymore",
    ]
    # The worker logged the initializer's exception, once.
    assert run.lines.count("Exception in initializer:") == 1
    assert run.lines.count("ConnectionError: database unreachable") == 1


@checks("pool_failures/task_traceback.py")
def test_task_traceback(run):
    assert run.exit_code == 1
    text = run.output
    assert run.lines[:3] == [
        "multiprocessing.pool.RemoteTraceback: ", '"""',
        "Traceback (most recent call last):"]
    # The worker's traceback comes first, as the cause, ending in the
    # worker's frame of parse(); then the parent's, ending in map().
    remote, local = text.split(
        "\nThe above exception was the direct cause of the following "
        "exception:\n")
    error = "ValueError: invalid literal for int() with base 10: 'x'"
    assert re.search(r'File ".*task_traceback\.py", line \d+, in parse\n'
                     r"    return int\(text\)\n", remote)
    assert remote.rstrip().endswith(f'{error}\n"""')
    assert "in <module>" in local and "in parse" not in local
    assert re.search(r'pool\.py", line \d+, in map\n', local)
    assert run.lines[-1] == error
    carets = "^^^^" in text or "~~~~" in text
    assert carets == (minor(run.python) >= (3, 11))


@checks("pool_failures/traceback_note.py")
def test_traceback_note(run):
    error = "ValueError: invalid literal for int() with base 10: 'x'"
    alone, noted = run.output.split(
        "--- with the worker's traceback as a note ---\n")
    # Unpickled, the exception has no traceback: its message is all.
    assert alone.splitlines() == ["--- the exception alone ---", error]
    lines = noted.splitlines()
    assert lines[:3] == [error, "In the worker:",
                         "Traceback (most recent call last):"]
    # The note is the worker's traceback, down to the failing line.
    assert re.search(r'File ".*traceback_note\.py", line \d+, in work\n'
                     r"(.*\n)+"
                     r'  File ".*traceback_note\.py", line \d+, in parse\n'
                     r"    return int\(text\)\n", noted)
    assert lines[-1] == error


@checks("pool_failures/error_callback.py")
def test_error_callback(run):
    def error(text):
        return f"ValueError(\"invalid literal for int() with base 10: '{text}'\")"
    assert run.lines == [
        f"get() raised {error('x')}, __cause__: RemoteTraceback",
        f"get() raised {error('y')}, __cause__: RemoteTraceback",
        "callback got: [1, 3]",
        f"error_callback got: {error('x')}",
        f"error_callback got: {error('y')}",
    ]


@checks("pool_failures/pool_worker_killed.py")
def test_pool_worker_killed(run):
    assert run.lines == [
        "crash(): no result and no error after 3 s",
        "ready: False",
        "same worker process as before: False",
        "the pool still works: [0, 1, 4, 9]",
    ]


@checks("pool_failures/executor_broken.py")
def test_executor_broken(run):
    # The killed task and the three behind it all fail.
    assert run.lines == [f"task {x}: BrokenProcessPool" for x in range(4)] + [
        "its message: A process in the process pool was terminated "
        "abruptly while the future was running or pending.",
        "submit() after that: A child process terminated abruptly, "
        "the process pool is not usable anymore",
        "retried: [1, 4, 9]",
    ]


@checks("pool_failures/pool_in_pool.py")
def test_pool_in_pool(run):
    refused = "AssertionError: daemonic processes are not allowed to have children"
    assert run.lines == [
        "a Pool worker is a daemon: True",
        f"inner_pool: {refused}",
        f"inner_executor: {refused}",
    ]


@checks("pool_failures/pool_in_executor.py")
def test_pool_in_executor(run):
    assert run.lines == [
        "an executor worker is a daemon: False",
        "sums of squares from inner pools: [5, 14, 30]",
    ]


@checks("pool_failures/flat_pool.py")
def test_flat_pool(run):
    assert run.lines == [
        "6 inner tasks in one pool of 2 workers",
        "sum of squares per job: {'a': 5, 'b': 50, 'c': 36}",
    ]


@checks("pool_failures/unpicklable_error.py")
def test_unpicklable_error(run):
    # The result handler thread dies unpickling the exception; its
    # traceback (stderr) may come before or after the timeout line.
    missing = ("__init__() missing 1 required positional argument: "
               "'reason'")
    name = "TaskFailed." if minor(run.python) >= (3, 10) else ""
    assert f"TypeError: {name}{missing}" in run.lines
    assert any(line.startswith("Exception in thread Thread-")
               for line in run.lines)
    assert "in _handle_results" in run.output
    handler = "handler" if minor(run.python) >= (3, 12) else "hander"
    ours = [line for line in run.lines
            if line.startswith(("Pool", "ProcessPoolExecutor", "  its"))]
    assert ours == [
        "Pool: no result and no error after 5 s",
        "Pool.terminate(): AssertionError: Cannot have cache with "
        f"result_{handler} not alive",
        "ProcessPoolExecutor: BrokenProcessPool: A process in the process "
        "pool was terminated abruptly while the future was running or "
        "pending.",
        f"  its __cause__ ends with: TypeError: {name}{missing}",
    ]


@checks("pool_failures/picklable_error.py")
def test_picklable_error(run):
    assert run.lines == [
        "apply() raised TaskFailed: task 3: bad input",
        "its attributes survived: 3 bad input",
    ]
