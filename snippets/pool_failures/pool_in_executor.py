from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, current_process


def square(x):
    return x * x


def inner_pool(n):
    with Pool(2) as pool:
        return sum(pool.map(square, range(n)))


def is_daemon():
    return current_process().daemon


if __name__ == "__main__":
    # The executor's workers are ordinary processes, not daemons, so
    # each may start a Pool of its own.
    with ProcessPoolExecutor(2) as outer:
        print("an executor worker is a daemon:",
              outer.submit(is_daemon).result())
        sums = outer.map(inner_pool, [3, 4, 5])
        print("sums of squares from inner pools:", list(sums))
