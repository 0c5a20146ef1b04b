import hashlib
import os
import time
from concurrent.futures import ThreadPoolExecutor

DATA = bytes(32 * 2**20)  # 32 MiB to hash


def digest(rounds):
    cpu_start = time.thread_time()  # CPU time of this thread only
    for _ in range(rounds):
        # hashlib lets go of the GIL while it hashes a large buffer:
        # the work happens in C, outside the interpreter.
        hashlib.sha256(DATA).hexdigest()
    return time.thread_time() - cpu_start


def usable_cpus():
    if hasattr(os, "sched_getaffinity"):  # Linux: the CPUs we may use
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def timed(label, run, jobs):
    start = time.perf_counter()
    cpu = sum(run(jobs))
    wall = time.perf_counter() - start
    print(f"{label:<8} {wall:6.3f} s   CPU {cpu:6.3f} s   "
          f"{cpu / wall:4.2f} cores busy")
    return wall


if __name__ == "__main__":
    jobs = [6] * 4  # four jobs, each hashing 32 MiB six times
    # One worker per job, however many CPUs: the CPUs set the speed-up.
    workers = len(jobs)
    print(f"{len(jobs)} jobs, {usable_cpus()} usable CPUs, "
          f"{workers} threads")
    serial = timed("serial", lambda j: [*map(digest, j)], jobs)
    with ThreadPoolExecutor(workers) as pool:
        threads = timed("threads", lambda j: [*pool.map(digest, j)], jobs)
    print(f"speed-up with threads: {serial / threads:5.2f}x")
