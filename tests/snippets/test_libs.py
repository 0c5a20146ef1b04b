import multiprocessing
import os
import re
import tempfile

from snippet_checks import checks


def primes_below(limit):
    sieve = [True] * limit
    sieve[:2] = [False, False]
    for n in range(2, int(limit ** 0.5) + 1):
        if sieve[n]:
            sieve[n * n::n] = [False] * len(sieve[n * n::n])
    return sum(sieve)


@checks("libs/joblib_parallel.py")
def test_joblib_parallel(run):
    limits = [5000, 10000, 15000, 20000]
    assert run.lines[:2] == [
        "backend: LokyBackend",
        f"primes below {limits} = {[primes_below(n) for n in limits]}",
    ]
    # Which of the two workers took the four tasks is up to loky.
    used = re.fullmatch(r"worker processes used: (\d+)", run.lines[2])
    assert used and 1 <= int(used[1]) <= 2
    assert run.lines[3:] == [
        "the parent among them: False",
        # Whatever start method the runner set for multiprocessing.
        "start method in the workers: {'loky'}",
    ]


@checks("libs/joblib_memmap.py")
def test_joblib_memmap(run):
    total = 2_000_000 * 1_999_999 // 2
    assert run.lines[0] == f"array: 16 MB, sum {total}"
    assert run.lines[1] == (
        f"default: workers got memmap (read-only), sum {total}")
    # joblib picks the folder: JOBLIB_TEMP_FOLDER, else /dev/shm when
    # it is large enough, else the temporary folder.
    folder = re.fullmatch(r"  its file was under (.+)", run.lines[2])
    assert folder, run.lines[2]
    assert folder[1] in {os.environ.get("JOBLIB_TEMP_FOLDER"),
                         "/dev/shm", tempfile.gettempdir()}
    assert run.lines[3:] == [
        f"max_nbytes=None: workers got ndarray (writable), sum {total}",
    ]


@checks("libs/loky_reusable.py")
def test_loky_reusable(run):
    squares = [x * x for x in range(5)]
    assert run.lines == [
        f"before: {squares}",
        "crash: TerminatedWorkerError",
        "  The exit codes of the workers are {EXIT(1)}",
        "  a BrokenProcessPool: True",
        "old executor, submit(): TerminatedWorkerError",
        "new executor: True",
        f"after: {squares}",
    ]


def every_method(lines, result):
    """One line per start method of this platform, each with the
    result: dill got the function to the workers under all of them."""
    rows = [re.fullmatch(r"(\w+): (.*)", line) for line in lines]
    assert all(rows), lines
    assert sorted(row[1] for row in rows) == sorted(
        multiprocessing.get_all_start_methods())
    assert {row[2] for row in rows} == {result}


@checks("libs/multiprocess_lambda.py")
def test_multiprocess_lambda(run):
    # multiprocess 0.70.19 keeps fork as its default wherever there is
    # fork (its context.py), whatever multiprocessing's default is.
    default = "spawn" if os.name == "nt" else "fork"
    assert run.lines[0] == (
        f"multiprocess's default start method: {default}")
    every_method(run.lines[1:], "[2, 4, 6]")


@checks("libs/multiprocess_closure.py")
def test_multiprocess_closure(run):
    every_method(run.lines, "[11, 12, 13]")


@checks("libs/mpire_pool.py")
def test_mpire_pool(run):
    assert run.lines[:2] == [
        f"start method: {run.method}",
        f"results: {[n * n for n in range(10)]}",
    ]
    # Both workers ran setup() and reported; how the ten tasks were
    # shared between them is up to mpire.
    counts = re.fullmatch(r"tasks per worker: \[(\d+), (\d+)\] total: 10",
                          run.lines[2])
    assert counts and int(counts[1]) + int(counts[2]) == 10
    assert int(counts[1]) <= int(counts[2])
    assert len(run.lines) == 3
