import re

from snippet_checks import checks
from tools.building.render import minor

BROKEN = ("concurrent.futures.process.BrokenProcessPool: A process in "
          "the process pool was terminated abruptly while the future "
          "was running or pending.")


@checks("production_testing/import_modes.py")
def test_import_modes(run):
    lines = run.lines
    pytest_version = "8.4.2" if minor(run.python) < (3, 10) else "9.2.0"
    assert lines[0] == f"pytest {pytest_version}"
    assert lines[1] == "--import-mode=prepend: 2 passed"
    assert lines[2] == "--import-mode=importlib: 2 failed"
    # The pool's workers die at start, one after another, and the pool
    # starts new ones: only the time limit ends the test.
    assert lines[3] == ("  test_pool: Failed: Timeout (>10.0s) from "
                        "pytest-timeout.")
    # The executor gives up at the first dead worker.
    assert lines[4] == f"  test_executor: {BROKEN}"
    # Why: the workers cannot import the test module by the name
    # pytest gave it.
    assert re.fullmatch(r"  a worker: ModuleNotFoundError: No module "
                        r"named 'tests'(\. Did you mean: 'test'\?)?",
                        lines[5]), lines[5]
    assert lines[6:] == [
        "--import-mode=importlib -o pythonpath=.: 2 passed"]


@checks("production_testing/coverage_workers.py")
def test_coverage_workers(run):
    lines = run.lines
    assert re.fullmatch(r"coverage 7\.\d+\.\d+", lines[0])
    assert lines[1] == "[run] parallel = true; (nothing else)"
    # Without the setting no worker is measured, however it ends.
    assert lines[2:4] == [
        "  squares_job.py: counted in 0 of 5 runs",
        "  squares_job_joined.py: counted in 0 of 5 runs"]
    assert lines[4] == ("[run] parallel = true; "
                        "concurrency = multiprocessing")
    # Leaving `with` terminates the workers, which may or may not have
    # saved their data by then: any count can come out.
    assert re.fullmatch(r"  squares_job\.py: counted in [0-5] of 5 runs",
                        lines[5]), lines[5]
    # Workers that end on their own always save it.
    assert lines[6:] == ["  squares_job_joined.py: counted in 5 of 5 runs"]


@checks("production_testing/whole_suite.py")
def test_whole_suite(run):
    lines = run.lines
    forks = minor(run.python) < (3, 14)  # the Linux default up to 3.13
    method = "fork" if forks else "forkserver"
    assert lines[0] == f"pytest's start method (its Python's default): {method}"
    # Alone, no thread holds the lock: the pool's task takes it.
    assert lines[1] == "test_thread_then_pool.py::test_pool: 1 passed"
    if not forks:
        # A forkserver worker imports the test module afresh: its lock
        # is free whatever the parent's threads do.
        assert lines[2:] == ["test_thread_then_pool.py: 2 passed"]
        return
    # Forked while the first test's thread held it, each worker starts
    # with the lock taken and nobody to release it.
    assert re.fullmatch(r"test_thread_then_pool\.py: 1 failed, 1 passed"
                        r"(, \d+ warnings)?", lines[2]), lines[2]
    assert lines[3] == ("  FAILED test_thread_then_pool.py::test_pool - "
                        "Failed: Timeout (>10.0s) from pytest-timeout.")
    if minor(run.python) >= (3, 12):
        assert lines[4:] == ["  warning: DeprecationWarning: This process "
                             "(pid=…) is multi-threaded"]
    else:
        assert lines[4:] == []
