import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(limit):
    cpu_start = time.thread_time()  # CPU time of this thread only
    # Pure-Python arithmetic: holds the GIL the whole time.
    count = sum(
        all(n % d for d in range(2, int(n**0.5) + 1))
        for n in range(2, limit)
    )
    return count, time.thread_time() - cpu_start


def wait_for_the_others(barrier):
    barrier.wait()  # each worker starts only once all are running


def usable_cpus():
    if hasattr(os, "sched_getaffinity"):  # Linux: the CPUs we may use
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def timed(label, run, jobs):
    start = time.perf_counter()
    results = run(jobs)
    wall = time.perf_counter() - start
    cpu = sum(seconds for _, seconds in results)
    print(f"{label:<10} {wall:6.3f} s   CPU {cpu:6.3f} s   "
          f"{cpu / wall:4.2f} cores busy")
    return wall, {count for count, _ in results}


if __name__ == "__main__":
    jobs = [60_000] * 4
    # One worker per job, however many CPUs: the CPUs set the speed-up.
    workers = len(jobs)
    print(f"{len(jobs)} jobs, {usable_cpus()} usable CPUs, "
          f"{workers} workers")
    serial, counts = timed("serial", lambda j: [*map(count_primes, j)],
                           jobs)
    with ThreadPoolExecutor(workers) as pool:
        threads, _ = timed(
            "threads", lambda j: [*pool.map(count_primes, j)], jobs)
    start = time.perf_counter()
    barrier = multiprocessing.Barrier(workers)
    with ProcessPoolExecutor(workers, initializer=wait_for_the_others,
                             initargs=(barrier,)) as pool:
        list(pool.map(abs, range(workers)))  # start every worker
        startup = time.perf_counter() - start
        print(f"{'start-up':<10} {startup:6.3f} s   (not counted below)")
        processes, _ = timed(
            "processes", lambda j: [*pool.map(count_primes, j)], jobs)
    print(f"speed-up with threads:   {serial / threads:5.2f}x")
    print(f"speed-up with processes: {serial / processes:5.2f}x")
    print(f"primes below {jobs[0]}: {counts}")
