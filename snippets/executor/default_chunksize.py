import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

TASKS, WORKERS = 5_000, 2


def tiny(x):
    return x + 1


def per_task(label, run):
    start = time.perf_counter()
    results = run()
    elapsed = time.perf_counter() - start
    print(f"{label:34} {elapsed:7.3f} s, "
          f"{1e6 * elapsed / TASKS:6.1f} µs per task")
    return results, elapsed


if __name__ == "__main__":
    inputs = range(TASKS)
    # Pool.map's own rule: about four chunks per worker.
    auto = -(-TASKS // (4 * WORKERS))
    print(f"{TASKS} tiny tasks, {WORKERS} workers")
    with Pool(WORKERS) as pool:
        pool.map(tiny, range(WORKERS))  # start the workers first
        a, pool_s = per_task("Pool.map (automatic chunks)",
                     lambda: pool.map(tiny, inputs))
    with ProcessPoolExecutor(WORKERS) as executor:
        list(executor.map(tiny, range(WORKERS)))
        b, one_s = per_task("Executor.map (chunksize=1)",
                     lambda: list(executor.map(tiny, inputs)))
        c, chunked_s = per_task(f"Executor.map (chunksize={auto})",
                     lambda: list(executor.map(tiny, inputs,
                                               chunksize=auto)))
    print("same results:", a == b == c)
    print(f"chunksize=1 / chunksize={auto}: {one_s / chunked_s:.1f}x")
