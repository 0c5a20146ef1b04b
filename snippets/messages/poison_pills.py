import multiprocessing as mp

STOP = None  # the pill: survives pickling, unlike a fresh object()


def worker(tasks, results):
    while True:
        n = tasks.get()
        if n is STOP:
            break  # exit the loop; the process then ends normally
        results.put(n ** 3)


if __name__ == "__main__":
    n_workers, n_tasks = 3, 10
    tasks, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results))
               for _ in range(n_workers)]
    for w in workers:
        w.start()

    for n in range(n_tasks):
        tasks.put(n)
    for _ in workers:
        tasks.put(STOP)  # one pill per worker, after all the tasks

    # Collect exactly as many results as tasks, then join: draining
    # first means no worker is stuck flushing its results queue.
    cubes = sorted(results.get() for _ in range(n_tasks))
    for w in workers:
        w.join()
    print("cubes:", cubes)
    print("exit codes:", [w.exitcode for w in workers])
