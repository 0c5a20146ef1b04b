import os

import numpy as np
from joblib import Parallel, delayed


def part_sum(data, start, stop):
    # Report what arrived in the worker along with the result.
    path = getattr(data, "filename", None)  # only a memmap has one
    where = os.path.dirname(os.path.dirname(path)) if path else None
    part = float(data[start:stop].sum())
    return type(data).__name__, data.flags.writeable, where, part


def run(label, data, **options):
    step = len(data) // 4
    results = Parallel(n_jobs=2, **options)(
        delayed(part_sum)(data, start, start + step)
        for start in range(0, len(data), step))
    kinds = {f"{kind} ({'writable' if writable else 'read-only'})"
             for kind, writable, _, _ in results}
    total = int(sum(part for _, _, _, part in results))
    print(f"{label}: workers got {', '.join(sorted(kinds))},"
          f" sum {total}")
    folders = {where for _, _, where, _ in results if where}
    for folder in sorted(folders):
        print("  its file was under", folder)


if __name__ == "__main__":
    # 16 MB, far above joblib's max_nbytes default of '1M'.
    data = np.arange(2_000_000, dtype=np.float64)
    print(f"array: {data.nbytes / 1e6:.0f} MB, sum {int(data.sum())}")
    run("default", data)
    run("max_nbytes=None", data, max_nbytes=None)
