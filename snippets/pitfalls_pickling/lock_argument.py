import multiprocessing as mp


def record(lock, n):
    with lock:
        return n * n


if __name__ == "__main__":
    lock = mp.Lock()
    with mp.Pool(2) as pool:
        print(pool.starmap(record, [(lock, n) for n in range(3)]))
