import re

from snippet_checks import checks
from tools.building.render import minor


@checks("executor/submit_result.py")
def test_submit_result(run):
    assert run.lines == [
        "good.result(): 2.5",
        "good.done(): True",
        "good.exception(): None",
        "bad.exception(): ZeroDivisionError('division by zero')",
        "bad.result() raised ZeroDivisionError: division by zero",
    ]


@checks("executor/future_states.py")
def test_future_states(run):
    assert run.lines == [
        "first: running True done False",
        "last:  running False done False",
        "first.cancel(): False",
        "last.cancel(): True",
        "last: cancelled True done True",
        "first.result(): finished",
        "last.result() raised CancelledError",
    ]


@checks("executor/shutdown_cancel.py")
def test_shutdown_cancel(run):
    # One task runs and two sit in the worker's queue: the other four
    # are cancelled, whatever the timing.
    assert run.lines == [
        "submitted: 7",
        "cancelled by shutdown: 4",
        "results of the running ones: ['done', 'done', 'done']",
    ]


@checks("executor/map_chunksize.py")
def test_map_chunksize(run):
    assert run.lines == [
        "results, in input order: "
        "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121]",
        "inputs 0-3 ran in 1 process",
        "inputs 4-7 ran in 1 process",
        "inputs 8-11 ran in 1 process",
    ]


@checks("executor/map_timeout.py")
def test_map_timeout(run):
    # Tasks 0 and 1 are quick but start with the workers inside the
    # 2 s budget: on a very slow machine fewer may have arrived.
    got = run.lines[0]
    assert got in ("results before the timeout: [0, 10]",
                   "results before the timeout: [0]",
                   "results before the timeout: []")
    assert run.lines[1] == "raised: TimeoutError()"
    alias = minor(run.python) >= (3, 11)
    assert run.lines[2] == (
        f"subclass of the built-in TimeoutError: {alias}")
    assert len(run.lines) == 3


@checks("executor/done_callback.py")
def test_done_callback(run):
    assert run.lines == [
        "result: 42",
        "added before done, ran in the main thread: False",
        "added after done, ran in the main thread: True",
    ]


@checks("executor/as_completed.py")
def test_as_completed(run):
    assert run.lines == ["completed: c", "completed: a", "completed: b"]


@checks("executor/wait_modes.py")
def test_wait_modes(run):
    assert run.lines == [
        "FIRST_COMPLETED done=1 not_done=2",
        "FIRST_EXCEPTION done=1 not_done=2",
        "ALL_COMPLETED   done=4 not_done=0",
    ]


@checks("executor/broken_pool.py")
def test_broken_pool(run):
    assert run.lines == [
        "BrokenProcessPool subclasses BrokenExecutor: True",
        "result() raised BrokenProcessPool",
        "submit() raised BrokenProcessPool",
    ]


@checks("executor/initializer.py")
def test_initializer(run):
    # mp_context=spawn: SpawnProcess workers under every default method.
    assert run.lines == [
        "hello, ann (worker is a SpawnProcess)",
        "hello, bob (worker is a SpawnProcess)",
        "hello, cy (worker is a SpawnProcess)",
    ]


@checks("executor/asyncio_cpu.py")
def test_asyncio_cpu(run):
    assert run.lines[0] == "results: " + str(
        [sum(i * i for i in range(n))
         for n in (2_000_000, 2_000_001, 2_000_002)])
    assert run.lines[1] == "heartbeat ticked while workers computed: True"
    ticks = int(re.fullmatch(
        r"ticks \(depends on the machine\): (\d+)", run.lines[2])[1])
    assert ticks >= 1
    assert len(run.lines) == 3


@checks("executor/threads_sleep.py")
def test_threads_sleep(run):
    assert run.lines[0] == (
        "8 waits of 0.2 s in 4 threads; at least 0.4 s, serially 1.6 s")
    assert run.lines[2] == "dummy.Pool is a ThreadPool: True"
    rows = [run.lines[1], run.lines[3], run.lines[4]]
    labels = ["ThreadPool", "dummy.Pool", "ThreadPoolExecutor"]
    for label, row in zip(labels, rows):
        match = re.fullmatch(
            rf"{re.escape(label)} +([\d.]+) s, results in order: True",
            row)
        assert match, row
        # Physics: two rounds of 0.2 s sleeps cannot take less; and
        # sleeping threads need no CPU, so the waits overlap: even on a
        # busy machine they end well before the serial 1.6 s.
        assert 0.4 <= float(match[1]) < 1.6
    assert len(run.lines) == 5


@checks("executor/threads_loopback.py")
def test_threads_loopback(run):
    assert run.lines[0] == (
        "replies: ['ANT', 'BEE', 'CAT', 'DOG', 'EEL']")
    match = re.fullmatch(
        r"5 requests of 0\.2 s each, in parallel: ([\d.]+) s "
        r"\(serially at least 1\.0 s\)", run.lines[1])
    assert match
    # Each reply takes 0.2 s, however many threads wait for it; the
    # five waits overlap, so they end before the serial 1.0 s.
    assert 0.2 <= float(match[1]) < 1.0
    assert len(run.lines) == 2


@checks("executor/side_by_side.py")
def test_side_by_side(run):
    recycle = "yes" if minor(run.python) >= (3, 11) else "no"
    assert [" ".join(line.split()) for line in run.lines] == [
        "Pool.starmap: [32, 9, 4]",
        "Executor.map: [32, 9, 4]",
        "Pool ProcessPoolExecutor",
        "imap yes no",
        "imap_unordered yes no",
        "starmap yes no",
        "apply_async yes no",
        "result.cancel() no yes",
        f"recycle workers yes {recycle}",
    ]


@checks("executor/default_chunksize.py")
def test_default_chunksize(run):
    assert run.lines[0] == "5000 tiny tasks, 2 workers"
    labels = ["Pool.map (automatic chunks)",
              "Executor.map (chunksize=1)",
              "Executor.map (chunksize=625)"]
    for label, row in zip(labels, run.lines[1:4]):
        match = re.fullmatch(
            rf"{re.escape(label)} +([\d.]+) s, +([\d.]+) µs per task", row)
        assert match, row
        assert float(match[1]) > 0
    # Pool and the chunked executor are not ordered by physics; one
    # message per task against 8 messages in all is (5,000 round trips
    # through pickling, a pipe and two threads cost far more than 8).
    assert run.lines[4] == "same results: True"
    ratio = re.fullmatch(r"chunksize=1 / chunksize=625: ([\d.]+)x",
                         run.lines[5])
    assert ratio and float(ratio[1]) > 3, run.lines[5]
    assert len(run.lines) == 6


@checks("executor/terminate_workers.py")
def test_terminate_workers(run):
    for how in ("terminate_workers", "kill_workers"):
        start = run.lines.index(f"{how}():")
        assert run.lines[start + 1:start + 5] == [
            "  workers stopped: 2",
            "  before a task could end: True",
            # running tasks fail, the pending ones are cancelled
            "  the futures end with: ['BrokenProcessPool', "
            "'CancelledError']",
            "  submit() afterwards: refused",
        ]
    assert len(run.lines) == 10


@checks("executor/map_buffersize.py")
def test_map_buffersize(run):
    # Four submitted ahead, then one more before each of five results.
    assert run.lines == [
        "first five: [0, 1, 4, 9, 16]",
        "inputs read: 9",
        "without buffersize, inputs read before the first result: 1000",
        f"sum: {sum(n * n for n in range(1000))}",
    ]


@checks("executor/interpreter_pool.py")
def test_interpreter_pool(run):
    assert run.lines == [
        "main interpreter: 0",
        "submit().result(): 1024",
        "8 tasks ran in at most 2 interpreters: True",
        "bump() three times in the pool: [1, 2, 3]",
        "create(): a new interpreter: True",
        "bump() there: 1 2",
        "COUNTER here, untouched: 0",
    ]
