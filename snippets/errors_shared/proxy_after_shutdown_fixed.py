import multiprocessing


def tally(counts, lock):
    with lock:
        counts["done"] += 1


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        counts = manager.dict(done=0)
        lock = manager.Lock()
        workers = [multiprocessing.Process(target=tally,
                                           args=(counts, lock))
                   for _ in range(3)]
        for worker in workers:
            worker.start()
        for worker in workers:  # inside the block
            worker.join()
        done = counts.copy()
    print("counts:", done)
    print("exit codes:", [worker.exitcode for worker in workers])
