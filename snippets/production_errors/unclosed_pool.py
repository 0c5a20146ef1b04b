import multiprocessing
import warnings
from multiprocessing.pool import Pool, ThreadPool

# Show ResourceWarning, as `python -W default` or a test runner does.
warnings.simplefilter("default", ResourceWarning)


def square(n):
    return n * n


def squares(numbers):
    pool = Pool(2)  # never closed
    return pool.map(square, numbers)


def squares_in_threads(numbers):
    pool = ThreadPool(2)  # never closed
    return pool.map(square, numbers)


if __name__ == "__main__":
    print("squares:", squares([1, 2, 3]))
    print("worker processes still running:",
          len(multiprocessing.active_children()))
    print("squares_in_threads:", squares_in_threads([4, 5, 6]))
