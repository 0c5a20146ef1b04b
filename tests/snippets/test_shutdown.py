import re

from snippet_checks import checks
from tools.building.render import minor

WORKER = {"fork": "ForkPoolWorker", "spawn": "SpawnPoolWorker",
          "forkserver": "ForkServerPoolWorker"}
INTERRUPTED = -2  # killed by SIGINT: a shell shows exit status 130


@checks("shutdown/ctrl_c_pool.py")
def test_ctrl_c_pool(run):
    assert run.exit_code == INTERRUPTED
    lines = run.lines
    # Two worker tracebacks and the parent's; lines of the workers'
    # may interleave, so count and compare sets.
    headers = [line for line in lines if line.startswith("Process ")]
    assert sorted(headers) == [f"Process {WORKER[run.method]}-{n}:"
                               for n in (1, 2)]
    assert lines.count("Traceback (most recent call last):") == 3
    assert lines.count("KeyboardInterrupt") == 3
    assert lines[-1] == "KeyboardInterrupt"
    in_work = [line for line in lines
               if re.search(r'ctrl_c_pool\.py", line \d+, in work$', line)]
    # Each worker was inside its task, normally in time.sleep().
    assert len(in_work) == 2
    in_module = [line for line in lines
                 if re.search(r'ctrl_c_pool\.py", line \d+, '
                              r'in <module>$', line)]
    assert len(in_module) == 1
    parent = lines[lines.index(in_module[0]):]
    assert parent[1].strip() == (
        "print(pool.map(work, range(2), chunksize=1))")
    assert any(re.search(r'pool\.py", line \d+, in map$', line)
               for line in parent)
    assert not any(line.startswith("Process ") for line in parent)


@checks("shutdown/ctrl_c_pool_fixed.py")
def test_ctrl_c_pool_fixed(run):
    # No worker raised KeyboardInterrupt, and nothing outlived the pool.
    assert run.lines == ["Ctrl-C: terminating the pool",
                         "children left: []"]


@checks("shutdown/ctrl_c_executor.py")
def test_ctrl_c_executor(run):
    assert run.exit_code == INTERRUPTED
    lines = run.lines
    # The with block's shutdown() ran the four queued tasks before the
    # parent's KeyboardInterrupt could end the program.
    assert lines[:5] == ["a 0.1 s task finished"] * 4 + [
        "Traceback (most recent call last):"]
    assert "a 60 s task finished" not in lines
    # One traceback only: each worker's KeyboardInterrupt became its
    # task's exception, which nobody looked at.
    assert lines.count("Traceback (most recent call last):") == 1
    assert lines.count("KeyboardInterrupt") == 1
    assert lines[-1] == "KeyboardInterrupt"
    in_module = [i for i, line in enumerate(lines)
                 if re.search(r'ctrl_c_executor\.py", line \d+, '
                              r'in <module>$', line)]
    # The parent's traceback shows where its main thread was: normally
    # waiting in as_completed(), at worst just before it.
    assert len(in_module) == 1
    assert lines[in_module[0] + 1].strip() in {
        "for future in as_completed(futures):", "ready.set()"}
    assert not any(line.startswith("Process ") for line in lines)


@checks("shutdown/ctrl_c_executor_fixed.py")
def test_ctrl_c_executor_fixed(run):
    assert run.lines[0] == "Ctrl-C: cancelling what has not started"
    counts = re.fullmatch(r"tasks run: (\d+), cancelled: (\d+)",
                          run.lines[1])
    ran, cancelled = int(counts[1]), int(counts[2])
    # The two tasks running at Ctrl-C finished; of ten one-second
    # tasks, some had not started and were cancelled.
    assert ran + cancelled == 10
    assert ran >= 2 and cancelled >= 1
    assert run.lines[2:] == ["children left: []"]
    assert "Traceback" not in run.output


@checks("shutdown/sigterm_workers.py")
def test_sigterm_workers(run):
    assert sorted(run.lines[:2]) == ["worker 1 cleaned up",
                                     "worker 2 cleaned up"]
    assert run.lines[2:] == [
        "still running after 3 s: [3, 4] -> terminate()",
        "still running 2 s later: [4] -> kill()",
        "worker 1: exit code 0",
        "worker 2: exit code 0",
        "worker 3: exit code -15",
        "worker 4: exit code -9",
    ]


def timed_lines(run, expected):
    """Each line: the call, what it returned or raised, how long it took;
    every call waited at least its 0.3 s timeout."""
    assert len(run.lines) >= len(expected)
    for line, (name, outcome) in zip(run.lines, expected):
        match = re.fullmatch(r"(.+?) +((?:returned|raised) .+?) +"
                             r"(\d+\.\d{3}) s", line)
        assert match, line
        assert (match[1], match[2]) == (name, outcome)
        assert float(match[3]) >= 0.3 - 0.02, line


@checks("shutdown/timeouts_blocking.py")
def test_timeouts_blocking(run):
    timed_lines(run, [
        ("Process.join(t)", "returned None"),
        ("Queue.get(timeout=t)", "raised _queue.Empty"),
        ("Queue.put(x, timeout=t)", "raised queue.Full"),
        ("Connection.poll(t)", "returned False"),
        ("connection.wait([...], t)", "returned []"),
        ("Lock.acquire(timeout=t)", "returned False"),
        ("RLock.acquire(timeout=t)", "returned False"),
        ("Semaphore.acquire(timeout=t)", "returned False"),
        ("Event.wait(t)", "returned False"),
        ("Condition.wait(t)", "returned False"),
        ("Condition.wait_for(f, t)", "returned False"),
        ("Barrier.wait(t)", "raised threading.BrokenBarrierError"),
    ])
    assert run.lines[12:] == ["holder exit code: 0"]


@checks("shutdown/timeouts_results.py")
def test_timeouts_results(run):
    # concurrent.futures.TimeoutError is the built-in one from 3.11.
    futures_timeout = ("builtins.TimeoutError"
                       if minor(run.python) >= (3, 11)
                       else "concurrent.futures._base.TimeoutError")
    pool_timeout = "raised multiprocessing.context.TimeoutError"
    timed_lines(run, [
        ("AsyncResult.get(timeout=t)", pool_timeout),
        ("AsyncResult.wait(t)", "returned None"),
        ("IMapIterator.next(t)", pool_timeout),
        ("Future.result(timeout=t)", f"raised {futures_timeout}"),
        ("Future.exception(timeout=t)", f"raised {futures_timeout}"),
        ("next(Executor.map(timeout=t))", f"raised {futures_timeout}"),
        ("next(as_completed(fs, t))", f"raised {futures_timeout}"),
        ("len(wait(fs, t).not_done)", "returned 1"),
    ])
    # The tasks that timed out still ran to the end.
    assert run.lines[8:] == ["gate open: apply submit"]
