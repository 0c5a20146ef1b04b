import re

from snippet_checks import checks


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
    # Two tasks per worker, one worker at a time: three workers in turn.
    assert run.lines == [
        f"task {task} ran in worker #{task // 2 + 1}" for task in range(6)
    ] + ["workers used: 3"]
