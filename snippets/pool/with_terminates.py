import time
from multiprocessing import Pool, TimeoutError


def slow_square(x):
    time.sleep(30)  # far longer than the with block lasts
    return x * x


if __name__ == "__main__":
    with Pool(2) as pool:
        pending = pool.map_async(slow_square, range(4))
    # Leaving the block called pool.terminate(): the work was dropped.
    print("ready after the with block:", pending.ready())
    try:
        pending.get(timeout=0.5)
    except TimeoutError:  # multiprocessing.TimeoutError
        print("get() timed out: the results will never come")
