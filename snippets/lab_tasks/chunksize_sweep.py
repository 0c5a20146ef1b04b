import os
import platform
import statistics
import time
from multiprocessing import Pool

TASKS = 10_000
# Fixed, not os.cpu_count(): the figures keep the same shape on any
# machine, and two workers fit the smallest multi-core one.
WORKERS = 2
REPEATS = 3
CHUNKSIZES = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2500, 5000]


def square(x):
    return x * x


def usable_cpus():
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count()


def measure(work):
    """Milliseconds: the median, min and max of REPEATS runs."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        work()
        times.append(1000 * (time.perf_counter() - start))
    return statistics.median(times), min(times), max(times)


def row(label, figures):
    median, low, high = figures
    print(f"  {label}  {median:.2f} ms  ({low:.2f}, {high:.2f})")


def automatic_chunksize(tasks, workers):
    # What Pool.map computes when given no chunksize (Pool._map_async).
    chunksize, extra = divmod(tasks, workers * 4)
    if extra:
        chunksize += 1
    return chunksize


if __name__ == "__main__":
    print(f"machine: {platform.system()} {platform.machine()}, "
          f"{usable_cpus()} usable CPUs, "
          f"{platform.python_implementation()} "
          f"{platform.python_version()}")
    print(f"{TASKS} tasks of square(x), a pool of {WORKERS} workers")
    xs = list(range(TASKS))

    print(f"plain loop, ms (median of {REPEATS}; min, max):")
    row("loop", measure(lambda: [square(x) for x in xs]))

    with Pool(WORKERS) as pool:
        # Warm up: the workers start (and, under spawn, import this
        # module) before any clock runs.
        pool.map(square, range(WORKERS))
        print(f"pool.map by chunksize, ms "
              f"(median of {REPEATS}; min, max):")
        for chunksize in CHUNKSIZES:
            row(chunksize, measure(
                lambda: pool.map(square, xs, chunksize=chunksize)))
        print(f"pool.map with its automatic chunksize, ms "
              f"(median of {REPEATS}; min, max):")
        row(automatic_chunksize(TASKS, WORKERS),
            measure(lambda: pool.map(square, xs)))
