import time
from multiprocessing import Pool


def slow_square(x):
    time.sleep(0.2)
    return x * x


if __name__ == "__main__":
    pool = Pool(2)
    pending = pool.map_async(slow_square, range(4))
    pool.close()  # no new tasks; queued ones still run
    pool.join()  # wait for the workers to finish them and exit
    print("ready after close() and join():", pending.ready())
    print("results:", pending.get())
