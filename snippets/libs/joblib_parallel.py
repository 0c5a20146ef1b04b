import multiprocessing
import os

from joblib import Parallel, delayed
from joblib.parallel import get_active_backend


def count_primes(limit):
    # Pure Python arithmetic holds the GIL: only processes run it
    # in parallel.
    count = sum(all(n % d for d in range(2, int(n ** 0.5) + 1))
                for n in range(2, limit))
    return count, os.getpid(), multiprocessing.get_start_method()


if __name__ == "__main__":
    backend, _ = get_active_backend()
    print("backend:", type(backend).__name__)
    limits = [5_000, 10_000, 15_000, 20_000]
    results = Parallel(n_jobs=2)(
        delayed(count_primes)(limit) for limit in limits)
    print("primes below", limits, "=", [r[0] for r in results])
    pids = {r[1] for r in results}
    print("worker processes used:", len(pids))
    print("the parent among them:", os.getpid() in pids)
    # loky starts its workers its own way, whatever the start
    # method of multiprocessing is set to.
    print("start method in the workers:", {r[2] for r in results})
