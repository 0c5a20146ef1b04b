import time
from multiprocessing import Pool


def tiny(x):
    return x + 1


def best_of(repeats, work):
    """The fastest of several timings: the least disturbed by the OS."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


if __name__ == "__main__":
    numbers = range(10_000)
    print(f"{len(numbers)} tasks, each a call that adds one")
    loop, expected = best_of(5, lambda: [tiny(n) for n in numbers])
    print(f"loop in this process:       {loop:7.4f} s")

    start = time.perf_counter()
    with Pool(2) as pool:
        pool.map(tiny, range(2))  # wait until the workers run
        print(f"start two workers:          "
              f"{time.perf_counter() - start:7.4f} s")
        # map() cuts the list into a few big chunks: few messages.
        chunked, by_map = best_of(
            5, lambda: pool.map(tiny, numbers))
        print(f"pool.map, automatic chunks: {chunked:7.4f} s")
        # imap() sends one task per message unless told otherwise.
        one_by_one, by_imap = best_of(
            1, lambda: list(pool.imap(tiny, numbers)))
        print(f"pool.imap, one per message: {one_by_one:7.4f} s")
    print(f"per message: {1e6 * one_by_one / len(numbers):.0f} µs; "
          f"per call in the loop: {1e9 * loop / len(numbers):.0f} ns")
    print("same results:", expected == by_map == by_imap)
