import math
import os
import pickle
import platform
import statistics
import time

import numpy as np

REPEATS = 5


def machine():
    if hasattr(os, "sched_getaffinity"):  # the CPUs we may run on
        cpus = len(os.sched_getaffinity(0))
    else:  # Windows and macOS
        cpus = os.cpu_count()
    return (f"machine: {platform.system()} {platform.machine()}, "
            f"{cpus} usable CPUs, {platform.python_implementation()} "
            f"{platform.python_version()}")


def digits(value):
    """Decimals for at least three significant digits."""
    return max(1, 2 - math.floor(math.log10(value)))


if __name__ == "__main__":
    # Built before timing: only the pickling is measured.
    payloads = {
        "bytes, 10 MB": b"x" * 10_000_000,
        "NumPy array, 10 MB": np.ones(1_250_000),  # 8-byte floats
        "list of 1M ints": list(range(1_000_000)),
        "dict of 100k str": {f"key {i}": f"value {i}"
                             for i in range(100_000)},
        "list of 100k tuples": [(i, f"name {i}", i / 7)
                                for i in range(100_000)],
    }
    sizes = {}
    print(machine())
    print(f"pickle.dumps + pickle.loads, ms "
          f"(median of {REPEATS}; min, max):")
    for label, payload in payloads.items():
        times = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            # What a Queue or a Pool does: dumps in one process, loads
            # in the other.
            data = pickle.dumps(payload)
            pickle.loads(data)
            times.append(1000 * (time.perf_counter() - start))
        sizes[label] = len(data) / 10**6
        d = digits(min(times))
        print(f"  {label}  {statistics.median(times):.{d}f} ms  "
              f"({min(times):.{d}f}, {max(times):.{d}f})")
    print("pickled size, MB:")
    for label, size in sizes.items():
        print(f"  {label}  {size:.{digits(size)}f} MB")
