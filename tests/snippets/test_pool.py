import re

from snippet_checks import checks
from tools.building.render import minor


@checks("pool/map_squares.py")
def test_map_squares(run):
    assert run.lines == ["results: [1, 4, 9, 16, 25]"]


WORKER_PREFIX = {"fork": "Fork", "spawn": "Spawn", "forkserver": "ForkServer"}


@checks("pool/who_ran_what.py")
def test_who_ran_what(run):
    rows = run.lines[1:-1]
    assert [row.split(" computed by ")[0] for row in rows] == [
        f"{x}² = {x * x:<3}" for x in range(8)]
    workers = {row.split(" computed by ")[1] for row in rows}
    prefix = WORKER_PREFIX[run.method]
    assert all(re.fullmatch(rf"{prefix}PoolWorker-[1-4]", w) for w in workers)
    assert run.lines[-1] == f"workers used: {len(workers)}"


@checks("pool/apply_and_async.py")
def test_apply_and_async(run):
    assert run.lines == [
        "apply: 27",
        "is an AsyncResult: True",
        "  .get(): 64",
        "  .ready(): True",
        "  .successful(): True",
        "map: [0, 1, 8, 27, 64]",
        "map_async then .get(): [0, 1, 8, 27, 64]",
    ]


@checks("pool/get_on_a_value.py")
def test_get_on_a_value(run):
    assert run.lines[0] == "apply already returned 27"
    assert run.lines[-1] == "AttributeError: 'int' object has no attribute 'get'"


@checks("pool/with_terminates.py")
def test_with_terminates(run):
    assert run.lines == [
        "ready after the with block: False",
        "get() timed out: the results will never come",
    ]


@checks("pool/close_join.py")
def test_close_join(run):
    assert run.lines == [
        "ready after close() and join(): True",
        "results: [0, 1, 4, 9]",
    ]


@checks("pool/max_tasks_per_child.py")
def test_max_tasks_per_child(run):
    # Two tasks per worker, one worker at a time: three workers in turn,
    # all started with spawn whatever the default start method.
    assert [line.split(" ran in ")[0] for line in run.lines[:6]] == [
        f"task {task}" for task in range(6)]
    names = [line.split(" ran in ")[1] for line in run.lines[:6]]
    assert all(re.fullmatch(r"SpawnProcess-\d+", name) for name in names)
    assert names[0::2] == names[1::2]
    assert len(set(names)) == 3
    assert run.lines[6:] == ["workers used: 3"]


@checks("pool/max_tasks_fork.py")
def test_max_tasks_fork(run):
    assert run.lines == [
        "ValueError: max_tasks_per_child is incompatible with the 'fork' "
        "multiprocessing start method; supply a different mp_context."]


def version(run):
    return minor(run.python)


@checks("pool/pool_size.py")
def test_pool_size(run):
    # The runs are on Linux, where the snippet can narrow its affinity.
    assert run.lines[:2] == [
        f"os.cpu_count(): {run.cpu_count}",
        "CPUs this process may use now: 1",
    ]
    if version(run) >= (3, 13):
        # Pool() sizes itself by os.process_cpu_count(): affinity counts.
        assert run.lines[2:] == [
            "os.process_cpu_count(): 1",
            "workers Pool() started: 1",
        ]
    else:
        # Pool() sizes itself by os.cpu_count(): every CPU of the machine.
        assert run.lines[2:] == [
            "os.process_cpu_count(): not in this Python",
            f"workers Pool() started: {run.cpu_count}",
        ]


@checks("pool/terminate_blocks.py")
def test_terminate_blocks(run):
    assert run.lines == [
        "worker busy with a task: True",
        "worker got SIGTERM: True",
        "terminate() still waiting 2 s later: True",
        "after SIGKILL, terminate() returned: True",
    ]


@checks("pool/successful.py")
def test_successful(run):
    assert run.lines == [
        "ready(): False",
        "successful() before then: ValueError",
        "get(): 1.0",
        "get() re-raised: ZeroDivisionError",
        "successful(): True False",
    ]


@checks("pool/recycle_under_fork.py")
def test_recycle_under_fork(run):
    warned = version(run) >= (3, 12)  # os.fork() warns from 3.12
    assert run.lines[:4] == [
        "fork, default filters: 3 workers, no warning",
        "fork, all warnings on: 3 workers, "
        + ("DeprecationWarning" if warned else "no warning"),
        "forkserver, all warnings on: 3 workers, no warning",
        "spawn, all warnings on: 3 workers, no warning",
    ]
    assert run.lines[4:] == ([
        "This process (pid=N) is multi-threaded, use of fork() may lead "
        "to deadlocks in the child."] if warned else [])
