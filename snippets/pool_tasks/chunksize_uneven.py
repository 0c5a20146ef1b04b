import time
from multiprocessing import Pool

# Twelve tasks, the slow ones first (as when files arrive sorted
# by size): six sleep 0.25 s, six return at once.
DELAYS = [0.25] * 6 + [0.0] * 6


def task(delay):
    time.sleep(delay)  # stands for work that takes this long
    return delay


def run(pool, chunksize):
    start = time.perf_counter()
    pool.map(task, DELAYS, chunksize=chunksize)
    return time.perf_counter() - start


if __name__ == "__main__":
    print(f"{len(DELAYS)} tasks, {sum(DELAYS):.2f} s of sleep in all, "
          f"2 workers")
    with Pool(2) as pool:
        pool.map(task, [0.0, 0.0])  # wait until the workers run
        # None asks map() for its automatic chunksize: 2 here.
        for label, chunksize in (("1", 1), ("automatic (2)", None),
                                 ("6", 6)):
            seconds = run(pool, chunksize)
            print(f"chunksize {label:<14} {seconds:.3f} s")
