import time
from multiprocessing import Pool


def tiny(x):
    return x + 1


if __name__ == "__main__":
    numbers = range(100_000)

    start = time.perf_counter()
    serial = sum(map(tiny, numbers))
    print(f"serial:       {time.perf_counter() - start:.3f} s")

    start = time.perf_counter()
    with Pool() as pool:
        parallel = sum(pool.map(tiny, numbers))
    print(f"process pool: {time.perf_counter() - start:.3f} s")
    print("same result:", serial == parallel)
