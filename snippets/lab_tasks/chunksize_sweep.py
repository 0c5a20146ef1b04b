import os
import platform
import statistics
import time
from multiprocessing import Barrier, Pool

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


def measure(works):
    """Milliseconds per work: the median, min and max of REPEATS runs.
    Rounds take turns, so a busy moment hits every chunksize alike."""
    times = {key: [] for key in works}
    for _ in range(REPEATS):
        for key, work in works.items():
            start = time.perf_counter()
            work()
            times[key].append(1000 * (time.perf_counter() - start))
    return {key: (statistics.median(t), min(t), max(t))
            for key, t in times.items()}


def wait_for_all(barrier):
    barrier.wait()  # no worker takes a task until all have started


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
    loop = measure({"loop": lambda: [square(x) for x in xs]})
    row("loop", loop["loop"])

    barrier = Barrier(WORKERS)
    with Pool(WORKERS, initializer=wait_for_all,
              initargs=(barrier,)) as pool:
        # Warm up: once a task is back, every worker has started (and,
        # under spawn, imported this module), so no clock below pays it.
        pool.map(square, range(WORKERS))
        works = {size: (lambda size=size:
                        pool.map(square, xs, chunksize=size))
                 for size in CHUNKSIZES}
        works["auto"] = lambda: pool.map(square, xs)
        figures = measure(works)
    print(f"pool.map by chunksize, ms (median of {REPEATS}; min, max):")
    for chunksize in CHUNKSIZES:
        row(chunksize, figures[chunksize])
    print(f"pool.map with its automatic chunksize, ms "
          f"(median of {REPEATS}; min, max):")
    row(automatic_chunksize(TASKS, WORKERS), figures["auto"])
