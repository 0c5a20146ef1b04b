import math
import pickle
from multiprocessing import Pool

N = 250_000  # values per task


def values(task):
    return [math.sqrt(task * N + i) for i in range(N)]


def compute(task):
    return sum(values(task))  # reduce where the data is


if __name__ == "__main__":
    with Pool(2) as pool:
        results = pool.map(compute, range(8))
    sent = sum(len(pickle.dumps(result)) for result in results)
    print(f"tasks: {len(results)}, values per task: {N:,}")
    print(f"pickled size of the results: {sent:,} bytes")
    print(f"objects the parent holds: {len(results):,}")
    print(f"total: {sum(results):.6e}")
