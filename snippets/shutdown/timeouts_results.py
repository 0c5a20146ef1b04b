import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor, as_completed, wait

TIMEOUT = 0.3


def setup(gate_event):
    global gate
    gate = gate_event


def blocked(x=None):
    gate.wait(timeout=60)  # no result until the parent opens the gate
    return x


def timed(name, call):
    start = time.monotonic()
    try:
        outcome = f"returned {call()!r}"
    except Exception as error:
        kind = type(error)
        outcome = f"raised {kind.__module__}.{kind.__qualname__}"
    took = time.monotonic() - start
    print(f"{name:<29} {outcome:<46} {took:.3f} s")


if __name__ == "__main__":
    gate = multiprocessing.Event()
    t = TIMEOUT
    pool = multiprocessing.Pool(1, setup, (gate,))
    executor = ProcessPoolExecutor(1, initializer=setup,
                                   initargs=(gate,))
    try:
        result = pool.apply_async(blocked, ("apply",))
        timed("AsyncResult.get(timeout=t)",
              lambda: result.get(timeout=t))
        timed("AsyncResult.wait(t)", lambda: result.wait(t))
        results = pool.imap(blocked, [1, 2])
        timed("IMapIterator.next(t)", lambda: results.next(t))
        future = executor.submit(blocked, "submit")
        timed("Future.result(timeout=t)",
              lambda: future.result(timeout=t))
        timed("Future.exception(timeout=t)",
              lambda: future.exception(timeout=t))
        timed("next(Executor.map(timeout=t))",
              lambda: next(executor.map(blocked, [1], timeout=t)))
        timed("next(as_completed(fs, t))",
              lambda: next(as_completed([future], timeout=t)))
        timed("len(wait(fs, t).not_done)",
              lambda: len(wait([future], timeout=t).not_done))
        gate.set()
        # A timeout gives up waiting; the task itself carries on.
        print("gate open:", result.get(timeout=30),
              future.result(timeout=30))
    finally:
        gate.set()
        pool.close()
        pool.join()
        executor.shutdown()
