import hashlib
from multiprocessing import Pool

import numpy as np

TASKS = 12


def simulate(seed):
    rng = np.random.default_rng(seed)  # this task's own generator
    return rng.normal(size=1000).mean()  # stands in for the real work


if __name__ == "__main__":
    # One child SeedSequence per task, all from one recorded seed.
    seeds = np.random.SeedSequence(20240611).spawn(TASKS)
    for workers in 1, 2, 4:
        with Pool(workers) as pool:
            results = np.array(pool.map(simulate, seeds))
        digest = hashlib.sha256(results.tobytes()).hexdigest()[:16]
        print(f"{workers} worker(s): first {results[0]:+.6f}, "
              f"sum {results.sum():+.6f}, digest {digest}")
