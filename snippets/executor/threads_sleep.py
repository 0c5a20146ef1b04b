import math
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.dummy import Pool as DummyPool
from multiprocessing.pool import ThreadPool

WAITS, THREADS, SECONDS = 8, 4, 0.2


def wait(i):
    time.sleep(SECONDS)  # stands for a network or disk wait
    return i


def timed(label, run):
    start = time.perf_counter()
    results = run()
    elapsed = time.perf_counter() - start
    print(f"{label:18} {elapsed:.3f} s, results in order: "
          f"{results == list(range(WAITS))}")


if __name__ == "__main__":
    print(f"{WAITS} waits of {SECONDS} s in {THREADS} threads; at "
          f"least {math.ceil(WAITS / THREADS) * SECONDS:.1f} s, "
          f"serially {WAITS * SECONDS:.1f} s")
    with ThreadPool(THREADS) as pool:
        timed("ThreadPool", lambda: pool.map(wait, range(WAITS)))
    with DummyPool(THREADS) as pool:
        print("dummy.Pool is a ThreadPool:", isinstance(pool, ThreadPool))
        timed("dummy.Pool", lambda: pool.map(wait, range(WAITS)))
    with ThreadPoolExecutor(THREADS) as executor:
        timed("ThreadPoolExecutor",
              lambda: list(executor.map(wait, range(WAITS))))
