import multiprocessing
import os
import signal


def crash():
    # SIGKILL cannot be caught: the worker vanishes mid-task.
    if hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(1)  # Windows has no SIGKILL


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        before = pool.apply(os.getpid)
        lost = pool.apply_async(crash)
        try:
            lost.get(timeout=3)
        except multiprocessing.TimeoutError:
            print("crash(): no result and no error after 3 s")
        print("ready:", lost.ready())
        # A new worker has taken the dead one's place.
        after = pool.apply(os.getpid)
        print("same worker process as before:", after == before)
        print("the pool still works:", pool.map(square, range(4)))
    # Leaving the block terminates the pool; without a timeout,
    # lost.get() would have waited for ever.
