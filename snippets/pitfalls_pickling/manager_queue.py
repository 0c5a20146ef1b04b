import multiprocessing as mp


def produce(results, n):
    results.put(n * n)


if __name__ == "__main__":
    with mp.Manager() as manager, mp.Pool(2) as pool:
        # A proxy pickles as the manager's address and the object's
        # id: each worker connects to the manager to reach the queue.
        results = manager.Queue()
        pool.starmap(produce, [(results, n) for n in range(3)])
        print(sorted(results.get() for _ in range(3)))
