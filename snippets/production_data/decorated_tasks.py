import functools
import time
import traceback
from multiprocessing import Pool


def timed(func):  # no functools.wraps
    def wrapper(x):
        start = time.perf_counter()
        result = func(x)
        return result, time.perf_counter() - start
    return wrapper


def timed_wraps(func):
    @functools.wraps(func)  # wrapper takes func's name
    def wrapper(x):
        start = time.perf_counter()
        result = func(x)
        return result, time.perf_counter() - start
    return wrapper


@timed
def square(x):
    return x * x


@timed_wraps
def cube(x):
    return x ** 3


def slow(x):
    return x + 1


fast = timed_wraps(slow)  # named "slow", but __main__.slow is not it


if __name__ == "__main__":
    with Pool(2) as pool:
        for name, func in [("timed", square), ("wraps", cube),
                           ("renamed", fast)]:
            print(f"--- {name}:")
            try:
                print([r for r, _ in pool.map(func, [1, 2, 3])])
            except Exception as error:
                # The exception line, and notes, as a traceback ends.
                print("".join(traceback.format_exception_only(
                    type(error), error)), end="")
