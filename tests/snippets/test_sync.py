import re

from snippet_checks import checks


def _counts(run):
    """The numbers after 'expected:', 'counted:' and 'lost:'."""
    return {label: int(number) for label, number in
            re.findall(r"^(\w+): +(\d+)$", run.output, re.M)}


@checks("sync/lost_updates.py")
def test_lost_updates(run):
    counts = _counts(run)
    assert counts.keys() == {"expected", "counted", "lost"}
    assert counts["expected"] == 4 * 50_000
    # Losses are likely, not certain: the scheduler decides. So the test
    # asks only what must hold: no update is ever invented.
    assert 0 < counts["counted"] <= counts["expected"]
    assert counts["lost"] == counts["expected"] - counts["counted"]


@checks("sync/locked_counter.py")
def test_locked_counter(run):
    assert run.lines == [
        "expected: 200000",
        "counted:  200000",
        "lost:     0",
    ]


@checks("sync/value_lock.py")
def test_value_lock(run):
    assert len(run.lines) == 3
    assert run.lines[0] == "expected:                 100000"
    # The built-in lock does not make += atomic: losses are possible,
    # not certain, and no update is ever invented.
    racy = re.fullmatch(r"counter\.value \+= 1: +(\d+)", run.lines[1])
    assert racy and 0 < int(racy[1]) <= 100_000
    assert run.lines[2] == "with counter.get_lock():  100000"


@checks("sync/lock.py")
def test_lock(run):
    assert run.lines == [
        "acquire(block=False): False",
        "acquire(timeout=0.2): False",
        "acquire() once the child lets go: True",
        "free after another process released it: True",
        "ValueError: semaphore or lock released too many times",
    ]


@checks("sync/rlock.py")
def test_rlock(run):
    assert run.lines == [
        "RLock: acquired twice by the same process",
        "Lock: second acquire in the same process: False",
        "another process calls release(): AssertionError: "
        "attempt to release recursive lock not owned by thread",
    ]


@checks("sync/semaphore.py")
def test_semaphore(run):
    # Never more than 2 inside (the semaphore); at least 2 at once is
    # made certain by the barrier the workers meet at inside.
    assert run.lines == [
        "6 workers, 2 slots",
        "free slots before: 2",
        "most workers inside at once: 2",
        "free slots after: 2",
    ]


@checks("sync/bounded_semaphore.py")
def test_bounded_semaphore(run):
    assert run.lines == [
        "Semaphore(2) after an extra release: 3",
        "BoundedSemaphore(2): ValueError: "
        "semaphore or lock released too many times",
        "BoundedSemaphore(2) value: 2",
    ]


@checks("sync/event.py")
def test_event(run):
    assert run.lines == [
        "is_set() at first: False",
        "wait(timeout=0.2) before set(): False",
        "is_set() after set(): True",
        "the 3 waiters' wait() returned: [True, True, True]",
        "is_set() after clear(): False",
        "wait(timeout=0.2) after clear(): False",
    ]


@checks("sync/condition.py")
def test_condition(run):
    assert run.lines == [
        "wait(timeout=0.2): False",
        "asleep in wait(): 3",
        "after notify(): 2 still asleep",
        "after notify_all(): 0 still asleep",
    ]


@checks("sync/condition_wait_for.py")
def test_condition_wait_for(run):
    assert run.lines == [
        "wait_for(stage >= 1, timeout=0.2): False",
        "worker 1 went on at stage 1",
        "worker 2 went on at stage 2",
        "worker 3 went on at stage 3",
    ]


@checks("sync/barrier.py")
def test_barrier(run):
    assert run.lines == [
        "parties: 3",
        "meeting 1, wait() returned: [0, 1, 2]",
        "meeting 2, wait() returned: [0, 1, 2]",
    ]


@checks("sync/barrier_abort.py")
def test_barrier_abort(run):
    assert run.lines == [
        "n_waiting: 2",
        "after abort(): broken = True",
        "the waiters got: ['BrokenBarrierError', 'BrokenBarrierError']",
        "a new wait() raises BrokenBarrierError too",
        "after reset(): broken = False",
        "the waiters got: ['passed', 'passed']",
    ]


@checks("sync/locked.py")
def test_locked(run):
    assert run.lines == [
        "Lock, free: False",
        "Lock, held: True",
        "child sees locked(): True",
        "RLock, held twice: True",
        "RLock, released twice: False",
        "Semaphore(2), taken once: False, twice: True",
        "BoundedSemaphore(2), taken once: False, twice: True",
    ]


@checks("sync/condition_misuse.py")
def test_condition_misuse(run):
    assert run.lines == [
        "wait() without the lock: AssertionError: "
        "must acquire() condition before using wait()",
        "notify() without the lock: AssertionError: lock is not owned",
        "wait() holding the lock returns: False",
    ]
