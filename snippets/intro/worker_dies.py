import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def die():
    os._exit(1)  # the worker process ends at once, as in a crash


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        pending = pool.apply_async(die)
        try:
            # The pool replaces the dead worker but loses its task:
            # without a timeout, get() would wait forever.
            pending.get(timeout=2)
        except multiprocessing.TimeoutError:
            print("Pool: no result and no error after 2 s")

    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(die)
        try:
            future.result(timeout=60)
        except BrokenProcessPool as error:
            print(f"ProcessPoolExecutor: {type(error).__name__}: {error}")
