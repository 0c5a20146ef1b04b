import re

from snippet_checks import checks
from tools.building.render import minor

SHUTDOWN = "RuntimeError: cannot schedule new futures after shutdown"
AT_EXIT = ("RuntimeError: cannot schedule new futures after "
           "interpreter shutdown")


@checks("production_errors/shutdown_thread.py")
def test_shutdown_thread(run):
    assert run.exit_code == 0  # errors in threads and atexit do not count
    lines = run.lines
    assert lines[0] == "main: started the scheduler, returning"
    assert lines[1] == "Exception in thread scheduler:"
    assert lines.count(AT_EXIT) == 2, run.output
    first = lines.index(AT_EXIT)
    # The thread fails first; the atexit handler runs after it.
    report = lines.index("atexit: submitting the final report")
    assert first < report
    # The header of an atexit callback's traceback, per version.
    function = r"<function final_report at 0x[0-9a-f]+>"
    if minor(run.python) >= (3, 13):
        header = rf"Exception ignored in atexit callback {function}:"
    elif minor(run.python) >= (3, 10):
        header = rf"Exception ignored in atexit callback: {function}"
    else:
        header = r"Error in atexit\._run_exitfuncs:"
    assert re.fullmatch(header, lines[report + 1]), lines[report + 1]
    assert lines[-1] == AT_EXIT
    assert run.output.count("Traceback (most recent call last):") == 2


@checks("production_errors/shutdown_thread_fixed.py")
def test_shutdown_thread_fixed(run):
    assert run.lines == ["scheduled jobs done: True", "final report: 1"]


@checks("production_errors/after_shutdown.py")
def test_after_shutdown(run):
    assert run.exit_code == 1
    assert run.lines[0] == "inside the with block: 4"
    assert run.lines[1] == "Traceback (most recent call last):"
    assert run.lines[-1] == SHUTDOWN


@checks("production_errors/after_shutdown_fixed.py")
def test_after_shutdown_fixed(run):
    assert run.lines == ["results: 4 9"]


@checks("production_errors/pool_not_running.py")
def test_pool_not_running(run):
    assert run.exit_code == 1
    assert run.lines[:4] == [
        "after close(): ValueError('Pool not running')",
        "after terminate(): ValueError('Pool not running')",
        "inside the with block: [1, 4, 9]",
        "Traceback (most recent call last):",
    ]
    assert "in _check_running" in run.output
    assert run.lines[-1] == "ValueError: Pool not running"


@checks("production_errors/pool_not_running_fixed.py")
def test_pool_not_running_fixed(run):
    assert run.lines == ["first batch: [1, 4, 9]",
                         "second batch: [16, 25, 36]",
                         "later: 49"]


def _warning(kind):
    return (r"\S+/multiprocessing/pool\.py:\d+: ResourceWarning: "
            r"unclosed running multiprocessing pool "
            rf"<multiprocessing\.pool\.{kind} state=RUN pool_size=2>")


@checks("production_errors/unclosed_pool.py")
def test_unclosed_pool(run):
    lines = run.lines
    tracemalloc = ("ResourceWarning: Enable tracemalloc to get the object "
                   "allocation traceback")
    # Each warning comes as the pool is dropped, before the next print.
    for start, kind in ((0, "Pool"), (5, "ThreadPool")):
        assert re.fullmatch(_warning(kind), lines[start]), lines[start]
        assert lines[start + 1].strip().startswith("_warn(")
        assert lines[start + 2] == tracemalloc
    assert lines[3:5] == ["squares: [1, 4, 9]",
                          # the dropped pool was ended with it
                          "worker processes still running: 0"]
    assert lines[8:] == ["squares_in_threads: [16, 25, 36]"]


@checks("production_errors/unclosed_pool_fixed.py")
def test_unclosed_pool_fixed(run):
    assert run.lines == ["squares: [1, 4, 9]",
                         "worker processes still running: 0",
                         "squares_in_threads: [16, 25, 36]"]


@checks("production_errors/maybe_encoding.py")
def test_maybe_encoding(run):
    assert run.exit_code == 1
    assert run.lines[:2] == [
        "ProcessPoolExecutor: "
        "TypeError(\"cannot pickle 'generator' object\")",
        "Pool, an exception: MaybeEncodingError",
    ]
    # The exception, wrapped to carry its traceback, did not pickle.
    assert re.fullmatch(
        r"  Error sending result: '<multiprocessing\.pool\."
        r"ExceptionWithTraceback object at 0x[0-9a-f]+>'\. "
        r"Reason: 'TypeError\(\"cannot pickle '_thread\.lock' "
        r"object\"\)'", run.lines[2]), run.lines[2]
    assert run.lines[3] == "Traceback (most recent call last):"
    assert re.fullmatch(
        r"multiprocessing\.pool\.MaybeEncodingError: Error sending "
        r"result: '\[<generator object read_lines\.<locals>\.<genexpr> "
        r"at 0x[0-9a-f]+>\]'\. Reason: 'TypeError\(\"cannot pickle "
        r"'generator' object\"\)'", run.lines[-1]), run.lines[-1]
    assert run.output.count("Traceback (most recent call last):") == 1


@checks("production_errors/maybe_encoding_fixed.py")
def test_maybe_encoding_fixed(run):
    assert run.lines == [
        "Pool, an exception: "
        "FetchError('cannot fetch https://example.org')",
        "[['line 0', 'line 1'], ['line 0', 'line 1', 'line 2']]",
    ]


@checks("production_errors/too_many_files.py")
def test_too_many_files(run):
    assert run.exit_code == 1
    failed = "OSError: [Errno 24] Too many open files"
    assert run.lines.count(failed) == 1, run.output
    # Under forkserver the server may die of the half-made request and
    # print its own traceback: EOFError (always on 3.9 to 3.13 here), or
    # an error of its 3.14+ handshake. It is another process: its lines
    # may come before the parent's or after. Nothing else is printed.
    rest = [line for line in run.lines if line != failed]
    if rest:
        assert run.method == "forkserver", rest
        assert rest[0] == "Traceback (most recent call last):"
        assert "/multiprocessing/forkserver.py" in run.output
        assert re.fullmatch(r"EOFError|ConnectionResetError: .*|"
                            r"BrokenPipeError: .*", rest[-1]), rest


@checks("production_errors/too_many_files_fixed.py")
def test_too_many_files_fixed(run):
    total = sum(n * n for n in range(40))
    assert run.lines == ["exit codes: {0}",
                         f"sum of the results: {total}",
                         f"with one pool: {total}"]
