import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(limit):
    # Pure-Python arithmetic: holds the GIL the whole time.
    return sum(
        all(n % d for d in range(2, int(n**0.5) + 1))
        for n in range(2, limit)
    )


def timed(label, run, jobs):
    start = time.perf_counter()
    results = run(jobs)
    seconds = time.perf_counter() - start
    print(f"{label:<10} {seconds:6.2f} s   results={results}")
    return seconds


if __name__ == "__main__":
    workers = os.cpu_count()
    jobs = [40_000] * 4
    print(f"4 jobs, {workers} CPUs")
    serial = timed("serial", lambda j: list(map(count_primes, j)), jobs)
    with ThreadPoolExecutor(workers) as pool:
        threads = timed(
            "threads", lambda j: list(pool.map(count_primes, j)), jobs)
    start = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(abs, range(workers)))  # start every worker
        startup = time.perf_counter() - start
        print(f"{'start-up':<10} {startup:6.2f} s   (not counted below)")
        processes = timed(
            "processes", lambda j: list(pool.map(count_primes, j)), jobs)
    print(f"speed-up with threads:   {serial / threads:4.1f}x")
    print(f"speed-up with processes: {serial / processes:4.1f}x")
