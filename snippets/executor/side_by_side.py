import inspect
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.pool import AsyncResult, Pool


def power(base, exponent):
    return base ** exponent


def has(cls, name):
    return "yes" if hasattr(cls, name) else "no"


def takes(cls, name):
    params = inspect.signature(cls).parameters
    return "yes" if name in params else "no"


if __name__ == "__main__":
    bases, exponents = [2, 3, 4], [5, 2, 1]
    with Pool(2) as pool:
        print("Pool.starmap:", pool.starmap(power, zip(bases, exponents)))
    with ProcessPoolExecutor(2) as executor:
        # map() takes one iterable per argument, like the builtin.
        print("Executor.map:",
              list(executor.map(power, bases, exponents)))
    print(f"{'':22}{'Pool':6}ProcessPoolExecutor")
    for name in ["imap", "imap_unordered", "starmap", "apply_async"]:
        print(f"{name:22}{has(Pool, name):6}"
              f"{has(ProcessPoolExecutor, name)}")
    print(f"{'result.cancel()':22}{has(AsyncResult, 'cancel'):6}"
          f"{has(Future, 'cancel')}")
    print(f"{'recycle workers':22}{takes(Pool, 'maxtasksperchild'):6}"
          f"{takes(ProcessPoolExecutor, 'max_tasks_per_child')}")
