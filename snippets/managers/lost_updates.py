from multiprocessing import Manager, Process

WORKERS, ADDS = 4, 1000


def add(counts, start, lock):
    start.wait(timeout=30)  # all workers begin together
    for _ in range(ADDS):
        if lock is None:
            counts["n"] += 1  # a read, then a separate write
        else:
            with lock:  # no other worker between the read and write
                counts["n"] += 1


def count(manager, lock):
    counts = manager.dict(n=0)
    start = manager.Barrier(WORKERS)
    workers = [Process(target=add, args=(counts, start, lock))
               for _ in range(WORKERS)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return counts["n"]


if __name__ == "__main__":
    with Manager() as manager:
        print("expected:            ", WORKERS * ADDS)
        print("d['n'] += 1:         ", count(manager, None))
        print("with a manager Lock: ", count(manager, manager.Lock()))
