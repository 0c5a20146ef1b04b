import os
import platform
import time
from multiprocessing import Barrier, Pool

# time.sleep stands in for work of a known length: the timeline then
# shows how the tasks were handed out, not how fast this machine is.
SLEEPS = [0.3] * 3 + [0.05] * 9
WORKERS = 2  # fixed, so the timeline has the same shape everywhere


def task(index):
    # time.time(), not perf_counter(): perf_counter's reference point
    # may differ between processes, the wall clock is the same for all.
    start = time.time()
    time.sleep(SLEEPS[index])
    return index, os.getpid(), start, time.time()


def wait_for_all(barrier):
    barrier.wait()  # no worker takes a task until all have started


def usable_cpus():
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count()


def automatic_chunksize(tasks, workers):
    # What Pool.map computes when given no chunksize (Pool._map_async).
    chunksize, extra = divmod(tasks, workers * 4)
    if extra:
        chunksize += 1
    return chunksize


def timed(title, call):
    barrier = Barrier(WORKERS)
    with Pool(WORKERS, initializer=wait_for_all,
              initargs=(barrier,)) as pool:
        # Warm up: once one task is back, every worker has passed the
        # barrier, so starting them costs nothing on the clock below.
        pool.map(abs, range(WORKERS))
        t0 = time.time()
        began = time.perf_counter()
        results = call(pool)
        total = time.perf_counter() - began
    print(f"{title}: {total:.3f} s")
    # Workers are numbered 1, 2 in the order they began their first task.
    first = {}
    for _, pid, start, _ in sorted(results, key=lambda r: r[2]):
        first.setdefault(pid, len(first) + 1)
    for index, pid, start, end in sorted(results):
        print(f"  task {index}  worker {first[pid]}  "
              f"{start - t0:.3f} {end - t0:.3f} s")


if __name__ == "__main__":
    print(f"machine: {platform.system()} {platform.machine()}, "
          f"{usable_cpus()} usable CPUs, "
          f"{platform.python_implementation()} "
          f"{platform.python_version()}")
    n = len(SLEEPS)
    print(f"{n} tasks ({SLEEPS.count(0.3)} of 0.3 s, "
          f"{SLEEPS.count(0.05)} of 0.05 s) "
          f"on a pool of {WORKERS} workers")
    timed(f"map, chunksize {automatic_chunksize(n, WORKERS)}",
          lambda pool: pool.map(task, range(n)))
    timed("imap_unordered, chunksize 1",
          lambda pool: list(pool.imap_unordered(task, range(n))))
    # A bad chunksize: the first chunk holds all three long tasks.
    timed("map, chunksize 6",
          lambda pool: pool.map(task, range(n), chunksize=6))
