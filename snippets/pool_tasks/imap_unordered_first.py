from functools import partial
from multiprocessing import Manager, Pool


def square(go, x):
    if x == 0:
        go.wait()  # the first task holds until the parent says go
    return x * x


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        go = manager.Event()
        results = pool.imap_unordered(partial(square, go), range(4))
        # Results come in the order they finish: the three free tasks
        # overtake the blocked one.
        first = [next(results) for _ in range(3)]
        print("while task 0 is blocked:", sorted(first))
        go.set()
        print("after go:", next(results))
