import multiprocessing as mp


def produce(results, n):
    results.put(n * n)


if __name__ == "__main__":
    results = mp.Queue()
    with mp.Pool(2) as pool:
        # The task's arguments are pickled onto the pool's own queue;
        # a multiprocessing.Queue refuses to be pickled that way.
        pool.starmap(produce, [(results, n) for n in range(3)])
    print(sorted(results.get() for _ in range(3)))
