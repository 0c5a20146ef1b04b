import multiprocessing as mp
import os
import time

import numpy as np

LIMITS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
N = 600  # matrix size


def threads():
    """Threads in this process, as the kernel counts them (Linux)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
    except OSError:
        return None


def task(seed):
    # Small whole numbers: every product and sum is exact, so the
    # result cannot depend on how BLAS splits the work.
    a = (np.arange(N * N).reshape(N, N) + seed) % 7.0
    for _ in range(6):
        total = (a @ a).sum()
    return threads(), total


def run(workers, tasks):
    # spawn: each worker starts a new interpreter, which imports numpy
    # (and loads BLAS) with the environment as it is now
    with mp.get_context("spawn").Pool(workers) as pool:
        # a warm-up round keeps most of the start-up out of the timing
        pool.map(task, range(workers))
        start = time.perf_counter()
        results = pool.map(task, range(tasks), chunksize=1)
        return time.perf_counter() - start, results


if __name__ == "__main__":
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        workers = os.process_cpu_count()
    elif hasattr(os, "sched_getaffinity"):  # Linux
        workers = len(os.sched_getaffinity(0))
    else:
        workers = os.cpu_count()
    print("workers (one per usable CPU):", workers)
    for name in LIMITS:
        os.environ.pop(name, None)
    default = run(workers, 4 * workers)
    for name in LIMITS:
        os.environ[name] = "1"
    limited = run(workers, 4 * workers)
    for label, (seconds, results) in (("BLAS default", default),
                                      ("one BLAS thread", limited)):
        counts = sorted({count for count, _ in results})
        if None in counts:
            counts = "unknown (no /proc here)"
        print(f"{label}: threads per worker {counts},"
              f" {seconds:.3f} s")
    print("same results:", [r[1] for r in default[1]]
          == [r[1] for r in limited[1]])
