import multiprocessing as mp

lock = None  # set in each worker by share_lock()


def share_lock(shared):
    global lock
    lock = shared


def record(n):
    with lock:
        return n * n


if __name__ == "__main__":
    shared = mp.Lock()
    # initargs travel when each worker is created (inheritance),
    # not through the task queue, so a Lock is allowed there.
    with mp.Pool(2, initializer=share_lock, initargs=(shared,)) as pool:
        print(pool.map(record, range(3)))
