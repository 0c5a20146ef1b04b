import os
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def die():
    os._exit(1)  # the worker ends at once, as in a crash


if __name__ == "__main__":
    print("BrokenProcessPool subclasses BrokenExecutor:",
          issubclass(BrokenProcessPool, BrokenExecutor))
    with ProcessPoolExecutor(max_workers=2) as executor:
        future = executor.submit(die)
        try:
            future.result()
        except BrokenExecutor as error:
            print("result() raised", type(error).__name__)
        # A broken executor refuses all further work.
        try:
            executor.submit(abs, -1)
        except BrokenProcessPool as error:
            print("submit() raised", type(error).__name__)
