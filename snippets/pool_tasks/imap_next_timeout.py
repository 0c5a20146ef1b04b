from functools import partial
from multiprocessing import Manager, Pool, TimeoutError


def square(go, x):
    if x == 0:
        go.wait()  # the first task holds until the parent says go
    return x * x


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        go = manager.Event()
        results = pool.imap(partial(square, go), range(4))
        # imap keeps input order: the first next() needs task 0's
        # result, whatever tasks 1-3 have done meanwhile.
        try:
            results.next(timeout=0.5)
        except TimeoutError:  # multiprocessing.TimeoutError
            print("next(timeout=0.5): TimeoutError, task 0 blocked")
        go.set()
        print("after go:", results.next(timeout=30), list(results))
