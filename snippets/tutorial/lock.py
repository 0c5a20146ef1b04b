import multiprocessing as mp


def report(number, lock):
    with lock:  # one process at a time inside this block
        print(f"worker {number}: begin", flush=True)
        print(f"worker {number}: working", flush=True)
        print(f"worker {number}: end", flush=True)


if __name__ == "__main__":
    lock = mp.Lock()
    workers = [mp.Process(target=report, args=(n, lock))
               for n in (1, 2, 3)]
    for process in workers:
        process.start()
    for process in workers:
        process.join()
