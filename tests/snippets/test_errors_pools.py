import re

from pickle_messages import check_notes
from snippet_checks import TRACEBACK, checks
from tools.building.render import minor

BROKEN = ("A thread initializer failed, the thread pool is not usable "
          "anymore")


@checks("errors_pools/no_processes.py")
def test_no_processes(run):
    assert run.exit_code == 1
    assert run.lines[:2] == ["[3, 2]", TRACEBACK]
    assert run.lines[-1] == ("ValueError: Number of processes must be at "
                             "least 1")


@checks("errors_pools/maxtasks.py")
def test_maxtasks(run):
    if minor(run.python) >= (3, 10):
        # Pool() checks the argument before it starts any process.
        assert run.exit_code == 1
        assert run.lines[0] == TRACEBACK
        assert run.lines[-1] == ("ValueError: maxtasksperchild must be a "
                                 "positive int or None")
        assert "pool created" not in run.output
        return
    # 3.9: each worker fails as it starts, and the pool starts another
    # while it runs; the two first ones at least print their traceback.
    assert run.exit_code == 0
    assert run.lines.count("pool created") == 1
    assert run.lines[-1] == "pool joined"
    failed = run.lines.count("AssertionError: Maxtasks 0 is not valid")
    assert failed >= 2, run.output
    assert run.output.count(TRACEBACK) == failed
    assert "ValueError" not in run.output


@checks("errors_pools/imap_chunksize.py")
def test_imap_chunksize(run):
    assert run.exit_code == 1
    # map() takes chunksize 0 and returns a None per item, having run
    # nothing; imap() refuses it.
    assert run.lines[:2] == ["map: [None, None, None, None, None, None]",
                             TRACEBACK]
    assert "in imap" in run.output
    assert run.lines[-1] == "ValueError: Chunksize must be 1+, not 0"


@checks("errors_pools/pickled_pool.py")
def test_pickled_pool(run):
    assert run.exit_code == 1
    assert run.lines[0] == TRACEBACK
    assert "in __reduce__" in run.output
    body = check_notes(run, run.lines)
    assert body[-1] == ("NotImplementedError: pool objects cannot be "
                        "passed between processes or pickled")
    if minor(run.python) >= (3, 14):
        # The notes say where the pool sat: in the object of the method.
        assert "when serializing dict item 'pool'" in run.lines
        assert "when serializing Resizer object" in run.lines


@checks("errors_pools/pickled_pool_fixed.py")
def test_pickled_pool_fixed(run):
    assert run.lines == ["[80, 100, 100]"]


@checks("errors_pools/join_running.py")
def test_join_running(run):
    assert run.exit_code == 1
    assert run.lines[0] == TRACEBACK
    assert run.lines[-1] == "ValueError: Pool is still running"
    assert "[0, 1, 4, 9]" not in run.output


@checks("errors_pools/not_ready.py")
def test_not_ready(run):
    assert len(run.lines) == 3, run.output
    assert re.fullmatch(r"ValueError: <multiprocessing\.pool\.ApplyResult "
                        r"object at 0x[0-9a-f]+> not ready",
                        run.lines[0]), run.lines[0]
    assert run.lines[1:] == [
        "ready(): False",
        "after wait(): ready(): True successful(): True",
    ]


@checks("errors_pools/wait_return_when.py")
def test_wait_return_when(run):
    assert run.lines == [
        "ValueError: Invalid return condition: 'FIRST_COMPLETE'",
        "results: [4, 9]",
        "once all are done: 2 done, no error",
    ]


@checks("errors_pools/as_completed_timeout.py")
def test_as_completed_timeout(run):
    assert run.exit_code == 1
    start = run.lines.index(TRACEBACK)
    printed = run.lines[:start]
    # The quick tasks, in the order they finished; never the held one.
    assert set(printed) <= {"0", "1", "4"}, printed
    assert len(set(printed)) == len(printed)
    # The builtin TimeoutError from 3.11; a class of its own before.
    where = ("" if minor(run.python) >= (3, 11)
             else r"concurrent\.futures\._base\.")
    found = re.fullmatch(rf"{where}TimeoutError: (\d) \(of 4\) futures "
                         r"unfinished", run.lines[-1])
    assert found, run.lines[-1]
    assert int(found[1]) + len(printed) == 4


@checks("errors_pools/as_completed_timeout_fixed.py")
def test_as_completed_timeout_fixed(run):
    # The except clause caught the error on every version.
    assert len(run.lines) == 2, run.output
    found = re.fullmatch(r"no result in time for \[([\d, ]+)\]",
                         run.lines[0])
    assert found, run.lines[0]
    late = [int(n) for n in found[1].split(", ")]
    assert 3 in late
    squares = {n: n * n for n in range(4) if n not in late}
    assert run.lines[1] == f"results: {squares}"


@checks("errors_pools/future_state.py")
def test_future_state(run):
    assert run.exit_code == 1
    assert run.lines[0] == "result: 9"
    # The executor's logger says it first, with the future's id().
    assert re.fullmatch(r"Future \d+ in unexpected state: FINISHED",
                        run.lines[1]), run.lines[1]
    assert run.lines[2] == TRACEBACK
    assert run.lines[-1] == "RuntimeError: Future in unexpected state"


@checks("errors_pools/thread_initializer.py")
def test_thread_initializer(run):
    assert run.exit_code == 1
    lines = run.lines
    # The initializer's own error is logged once, by the worker thread.
    assert lines[0] == "Exception in initializer:"
    assert lines.count("Exception in initializer:") == 1
    error = "ValueError: not enough values to unpack (expected 2, got 1)"
    assert lines.count(error) == 1
    assert "connected to" not in run.output
    result = lines.index(f"result(): BrokenThreadPool: {BROKEN}")
    assert lines.index(error) < result
    assert lines[result + 1] == TRACEBACK
    assert lines[-1] == f"concurrent.futures.thread.BrokenThreadPool: {BROKEN}"


@checks("errors_pools/buffersize.py")
def test_buffersize(run):
    assert run.lines == [
        "3.0: TypeError: buffersize must be an integer or None",
        "0: ValueError: buffersize must be None or > 0",
        "4 -> [0, 1, 4, 9, 16, 25]",
    ]


@checks("errors_pools/interpreter_script.py")
def test_interpreter_script(run):
    assert run.exit_code == 1
    # With initargs too: never "an initializer script does not take args".
    assert run.lines[:2] == ["initializer: TypeError('scripts not supported')",
                             TRACEBACK]
    assert "does not take args" not in run.output
    assert run.lines[-1] == "TypeError: scripts not supported"


FAKE = "<fake __main__>.FetchError: cannot fetch https://example.org"


@checks("errors_pools/interpreter_not_shareable.py")
def test_interpreter_not_shareable(run):
    assert run.exit_code == 1
    lines = run.lines
    # The worker interpreter prints the exception it could not send...
    assert lines[:2] == ["exception is not shareable:", TRACEBACK]
    first = lines.index(FAKE)
    assert lines[first + 1] == TRACEBACK
    # ...then result() raises ExecutionFailed, which `except FetchError`
    # does not catch; its message holds the worker's traceback.
    assert f"concurrent.interpreters.ExecutionFailed: {FAKE}" in lines
    assert "Uncaught in the interpreter:" in lines
    assert lines[-1] == FAKE
    assert "result() raised" not in run.output


@checks("errors_pools/interpreter_not_shareable_fixed.py")
def test_interpreter_not_shareable_fixed(run):
    assert run.lines == [
        "result() raised ConnectionError('cannot fetch https://example.org')"]


@checks("errors_pools/missing_executor.py")
def test_missing_executor(run):
    if minor(run.python) >= (3, 14):
        assert run.lines == ["InterpreterPoolExecutor [2, 4]"]
        return
    # concurrent.futures' own __getattr__: names quoted from 3.11.
    quote = "'" if minor(run.python) >= (3, 11) else ""
    assert run.lines == [
        f"AttributeError: module {quote}concurrent.futures{quote} has no "
        f"attribute {quote}InterpreterPoolExecutor{quote}",
        "ThreadPoolExecutor [2, 4]",
    ]


WORKER_NAMES = {"fork": "ForkPoolWorker", "spawn": "SpawnPoolWorker",
                "forkserver": "ForkServerPoolWorker"}


@checks("errors_pools/parent_gone.py")
def test_parent_gone(run):
    assert run.exit_code == 1
    lines = run.lines
    assert lines[0] == "the parent dies while its worker computes"
    # The orphaned worker finishes, and no process reads its result.
    assert lines[1] == f"Process {WORKER_NAMES[run.method]}-1:"
    assert lines[2] == TRACEBACK
    assert lines.count("BrokenPipeError: [Errno 32] Broken pipe") == 2
    assert "    put((job, i, result))" in lines
    assert "    put((job, i, (False, wrapped)))" in lines
    assert ("During handling of the above exception, another exception "
            "occurred:") in lines
    assert run.output.count(TRACEBACK) == 2
    leaked = [line for line in lines if "leaked semaphore objects" in line]
    if run.method == "fork":
        assert not leaked, run.output
    else:
        # The dead parent unlinked nothing: its tracker does, and says so.
        assert len(leaked) == 1, run.output
        assert re.search(r"UserWarning: resource_tracker: There appear to "
                         r"be \d+ leaked semaphore objects to clean up at "
                         r"shutdown", leaked[0]), leaked[0]


@checks("errors_pools/crash_full_queue.py")
def test_crash_full_queue(run):
    assert run.lines == [
        "20 futures failed with: {'BrokenProcessPool'}",
        "A process in the process pool was terminated abruptly while the "
        "future was running or pending."]
