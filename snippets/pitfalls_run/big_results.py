import math
import pickle
from multiprocessing import Pool

N = 250_000  # values per task


def values(task):
    return [math.sqrt(task * N + i) for i in range(N)]


def compute(task):
    return values(task)  # the whole list goes back to the parent


if __name__ == "__main__":
    with Pool(2) as pool:
        results = pool.map(compute, range(8))
    # About what the workers sent back: pickle makes the messages.
    sent = sum(len(pickle.dumps(result)) for result in results)
    print(f"tasks: {len(results)}, values per task: {N:,}")
    print(f"pickled size of the results: {sent:,} bytes")
    print(f"objects the parent holds: {sum(map(len, results)):,}")
    print(f"total: {sum(sum(result) for result in results):.6e}")
