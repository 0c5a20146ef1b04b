import multiprocessing as mp
import os

import numpy as np  # loads BLAS, which reads its settings now


def threads(_):
    np.ones((600, 600)) @ np.ones((600, 600))
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("Threads:"):
                    return int(line.split()[1])
    except OSError:
        return None  # no /proc: not Linux


if __name__ == "__main__":
    names = ["OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"]
    # Set in the shell, they would have reached this BLAS too.
    found = [name for name in names if name in os.environ]
    print("BLAS variables set at start:", ", ".join(found) or "none")
    if hasattr(os, "sched_getaffinity"):  # Linux
        print("CPUs this process may use:", len(os.sched_getaffinity(0)))
    else:
        print("CPUs in the machine:", os.cpu_count())
    # Too late for this process: its BLAS is already loaded.
    for name in names:
        os.environ[name] = "1"
    for method in ("fork", "forkserver", "spawn"):
        if method not in mp.get_all_start_methods():
            print(f"{method}: not on this platform")
            continue
        with mp.get_context(method).Pool(2) as pool:
            counts = sorted(set(pool.map(threads, range(4))))
        if None in counts:
            counts = "unknown (no /proc here)"
        print(f"{method}: threads per worker {counts}")
