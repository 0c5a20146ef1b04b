import time
from multiprocessing import Pool

TASKS = 20_000
WORKERS = 2


def tiny(x):
    return x + 1


def timed(label, work, chunks):
    start = time.perf_counter()
    results = work()
    seconds = time.perf_counter() - start
    print(f"{label:<28}{chunks:>6} chunks {seconds:8.4f} s")
    return seconds, results


if __name__ == "__main__":
    items = range(TASKS)
    # Pool.map's own rule: four chunks per worker, rounded up.
    auto, extra = divmod(len(items), WORKERS * 4)
    if extra:
        auto += 1
    print(f"{TASKS} tasks, {WORKERS} workers: automatic chunksize "
          f"{auto}")
    with Pool(WORKERS) as pool:
        pool.map(tiny, range(WORKERS))  # wait until the workers run
        one, by_one = timed("map, chunksize=1", lambda: pool.map(
            tiny, items, chunksize=1), TASKS)
        chunked, by_auto = timed("map, automatic chunksize",
                                 lambda: pool.map(tiny, items),
                                 -(-TASKS // auto))
        half = TASKS // 2
        big, by_big = timed(f"map, chunksize={half}", lambda: pool.map(
            tiny, items, chunksize=half), 2)
        lazy, by_imap = timed("imap, default chunksize=1",
                              lambda: list(pool.imap(tiny, items)),
                              TASKS)
    print(f"chunksize=1 / automatic: {one / chunked:.1f} times")
    print(f"imap / automatic: {lazy / chunked:.1f} times")
    print("same results:", by_one == by_auto == by_big == by_imap)
