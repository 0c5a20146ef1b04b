import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def wait_for_io(seconds):
    time.sleep(seconds)  # like a network call: the GIL is released
    return seconds


def timed(label, run):
    start = time.perf_counter()
    run()
    print(f"{label:<10} {time.perf_counter() - start:6.3f} s")


if __name__ == "__main__":
    waits = [0.2] * 4
    print(f"{len(waits)} waits of {waits[0]} s each")
    timed("serial", lambda: list(map(wait_for_io, waits)))
    with ThreadPoolExecutor(len(waits)) as pool:
        timed("threads", lambda: list(pool.map(wait_for_io, waits)))
    # This time includes starting the four worker processes.
    with ProcessPoolExecutor(len(waits)) as pool:
        timed("processes", lambda: list(pool.map(wait_for_io, waits)))
