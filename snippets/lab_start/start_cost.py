import math
import multiprocessing
import os
import platform
import statistics
import time

PROCESS_REPEATS = 20
POOL_REPEATS = 5  # a spawned pool costs two fresh interpreters each time
ORDER = ("fork", "spawn", "forkserver")


def noop():
    pass


def machine():
    if hasattr(os, "sched_getaffinity"):  # the CPUs we may run on
        cpus = len(os.sched_getaffinity(0))
    else:  # Windows and macOS
        cpus = os.cpu_count()
    return (f"machine: {platform.system()} {platform.machine()}, "
            f"{cpus} usable CPUs, {platform.python_implementation()} "
            f"{platform.python_version()}")


def start_process(ctx):
    start = time.perf_counter()
    process = ctx.Process(target=noop)
    process.start()
    process.join()
    return time.perf_counter() - start


def start_pool(ctx):
    start = time.perf_counter()
    pool = ctx.Pool(2)
    try:
        pool.apply(noop)  # the pool is usable once a worker answers
        seconds = time.perf_counter() - start
    finally:
        pool.close()  # shutting down is not part of the start-up
        pool.join()
    return seconds


def row(label, seconds):
    ms = [1000 * s for s in seconds]
    # At least three significant digits, even for the smallest.
    d = max(1, 2 - math.floor(math.log10(min(ms))))
    return (f"  {label}  {statistics.median(ms):.{d}f} ms  "
            f"({min(ms):.{d}f}, {max(ms):.{d}f})")


if __name__ == "__main__":
    available = multiprocessing.get_all_start_methods()
    methods = [method for method in ORDER if method in available]
    print(machine())
    print(f"start and join one process, ms "
          f"(median of {PROCESS_REPEATS}; min, max):")
    for method in methods:
        ctx = multiprocessing.get_context(method)
        # Warm-up, not timed: the first forkserver start launches the
        # server itself, and every first start loads code later ones
        # reuse.
        start_process(ctx)
        times = [start_process(ctx) for _ in range(PROCESS_REPEATS)]
        print(row(method, times))
    print(f"start a pool of 2 workers and get one result, ms "
          f"(median of {POOL_REPEATS}; min, max):")
    for method in methods:
        ctx = multiprocessing.get_context(method)
        start_pool(ctx)  # warm-up: the first pool imports its module
        times = [start_pool(ctx) for _ in range(POOL_REPEATS)]
        print(row(method, times))
