from functools import partial
from multiprocessing import Pool


def scale(x, factor, offset=0):
    return x * factor + offset


if __name__ == "__main__":
    with Pool(2) as pool:
        # The same factor for every task: bind it once. A partial of
        # a top-level function pickles; a lambda would not.
        times_ten = partial(scale, factor=10, offset=1)
        print("partial:", pool.map(times_ten, [1, 2, 3, 4]))
