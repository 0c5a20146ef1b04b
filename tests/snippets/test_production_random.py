import ast
import re

from snippet_checks import checks, version

WORKER_PREFIX = {"fork": "Fork", "spawn": "Spawn", "forkserver": "ForkServer"}


def _draws(run):
    """The four workers' rows: name, numpy's three draws, random's three."""
    rows = []
    for line in run.lines[:4]:
        match = re.fullmatch(
            r"(\S+) +numpy (\[[\d, ]+\])  random (\[[\d, ]+\])", line)
        assert match, line
        name, numpy, stdlib = match.groups()
        rows.append((name, ast.literal_eval(numpy),
                     ast.literal_eval(stdlib)))
    prefix = WORKER_PREFIX[run.method]
    # The barrier holds each task until four run at once: four workers.
    assert sorted(name for name, _, _ in rows) == [
        f"{prefix}PoolWorker-{n}" for n in range(1, 5)]
    assert all(len(a) == 3 and len(b) == 3 for _, a, b in rows)
    return rows


def _distinct(rows, column):
    return len({tuple(row[column]) for row in rows})


def _summary(numpy, stdlib):
    def drew(kinds):
        return "the same" if kinds == 1 else f"{kinds} different"
    return [f"numpy.random: 4 workers drew {drew(numpy)} sequences",
            f"random: 4 workers drew {drew(stdlib)} sequences"]


def _server_imports_main(run):
    """From 3.13.8 and 3.14.1 the fork server imports __main__ (and so
    numpy.random) once, and forks every worker from itself (gh-126631)."""
    v = version(run)
    return v >= (3, 14, 1) or (3, 13, 8) <= v < (3, 14)


@checks("production_random/same_numbers.py")
def test_same_numbers(run):
    rows = _draws(run)
    shared = run.method == "fork" or (
        run.method == "forkserver" and _server_imports_main(run))
    numpy = 1 if shared else 4
    # numpy.random's global state is copied into each forked worker;
    # CPython reseeds `random` in a forked child (os.register_at_fork).
    assert _distinct(rows, 1) == numpy
    assert _distinct(rows, 2) == 4
    assert run.lines[4:] == _summary(numpy, 4)


@checks("production_random/seed_each_worker.py")
def test_seed_each_worker(run):
    rows = _draws(run)
    assert _distinct(rows, 1) == 4
    assert _distinct(rows, 2) == 4
    assert run.lines[4:] == _summary(4, 4)


# The same twelve results on every Python, start method and pool size.
TASK_RESULTS = "first -0.004932, sum +0.034728, digest 76db99895a2a3f83"


@checks("production_random/seed_each_task.py")
def test_seed_each_task(run):
    assert run.lines == [
        f"{workers} worker(s): {TASK_RESULTS}" for workers in (1, 2, 4)]
