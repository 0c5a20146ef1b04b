from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, current_process


def square(x):
    return x * x


def inner_pool(n):
    with Pool(2) as pool:
        return sum(pool.map(square, range(n)))


def inner_executor(n):
    with ProcessPoolExecutor(2) as executor:
        return sum(executor.map(square, range(n)))


def is_daemon():
    return current_process().daemon


if __name__ == "__main__":
    with Pool(1) as outer:
        print("a Pool worker is a daemon:", outer.apply(is_daemon))
        for inner in (inner_pool, inner_executor):
            try:
                print(f"{inner.__name__}: {outer.apply(inner, (4,))}")
            except AssertionError as error:
                print(f"{inner.__name__}: AssertionError: {error}")
        # Let the worker exit normally, so that it can clean up what
        # the failed inner pools had created.
        outer.close()
        outer.join()
