import random
from multiprocessing import Barrier, Pool, current_process

from numpy.random import randint  # imports numpy.random, seeds it


def start(barrier):
    global all_busy
    all_busy = barrier


def draw(task):
    from_numpy = randint(1000, size=3).tolist()
    from_random = [random.randrange(1000) for _ in range(3)]
    all_busy.wait()  # all four tasks wait here together: one per worker
    return current_process().name, from_numpy, from_random


if __name__ == "__main__":
    with Pool(4, initializer=start, initargs=(Barrier(4),)) as pool:
        rows = sorted(pool.map(draw, range(4), chunksize=1))
    for name, from_numpy, from_random in rows:
        print(f"{name:22} numpy {from_numpy}  random {from_random}")
    for module, column in ("numpy.random", 1), ("random", 2):
        kinds = len({tuple(row[column]) for row in rows})
        drew = "the same" if kinds == 1 else f"{kinds} different"
        print(f"{module}: 4 workers drew {drew} sequences")
