import multiprocessing
import queue
import threading
import time
from multiprocessing.connection import wait

TIMEOUT = 0.3


def hold(lock, rlock, semaphore, held, release):
    # Another process holds all three, so acquire() here must wait.
    with lock, rlock, semaphore:
        held.set()
        release.wait()


def timed(name, call):
    start = time.monotonic()
    try:
        outcome = f"returned {call()!r}"
    except Exception as error:
        kind = type(error)
        outcome = f"raised {kind.__module__}.{kind.__qualname__}"
    took = time.monotonic() - start
    print(f"{name:<29} {outcome:<38} {took:.3f} s")


if __name__ == "__main__":
    lock, rlock = multiprocessing.Lock(), multiprocessing.RLock()
    semaphore = multiprocessing.Semaphore(1)
    held, release = multiprocessing.Event(), multiprocessing.Event()
    holder = multiprocessing.Process(
        target=hold, args=(lock, rlock, semaphore, held, release))
    holder.start()
    held.wait(timeout=30)
    empty, full = multiprocessing.Queue(), multiprocessing.Queue(1)
    full.put("only item")
    reader, writer = multiprocessing.Pipe(duplex=False)
    condition = multiprocessing.Condition()
    barrier = multiprocessing.Barrier(2)
    t = TIMEOUT
    try:
        timed("Process.join(t)", lambda: holder.join(t))
        timed("Queue.get(timeout=t)", lambda: empty.get(timeout=t))
        timed("Queue.put(x, timeout=t)", lambda: full.put(1, timeout=t))
        timed("Connection.poll(t)", lambda: reader.poll(t))
        timed("connection.wait([...], t)", lambda: wait([reader], t))
        timed("Lock.acquire(timeout=t)", lambda: lock.acquire(timeout=t))
        timed("RLock.acquire(timeout=t)",
              lambda: rlock.acquire(timeout=t))
        timed("Semaphore.acquire(timeout=t)",
              lambda: semaphore.acquire(timeout=t))
        timed("Event.wait(t)", lambda: multiprocessing.Event().wait(t))
        with condition:
            timed("Condition.wait(t)", lambda: condition.wait(t))
            timed("Condition.wait_for(f, t)",
                  lambda: condition.wait_for(lambda: False, t))
        timed("Barrier.wait(t)", lambda: barrier.wait(t))
    finally:
        release.set()
        holder.join()
    print("holder exit code:", holder.exitcode)
