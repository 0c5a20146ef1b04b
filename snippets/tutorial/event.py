import multiprocessing as mp


def worker(number, ready, go, lock):
    ready.put(number)  # tell the parent this worker is waiting
    go.wait()  # blocks until the parent sets the event
    with lock:  # one printer at a time: lines stay whole
        print(f"worker {number}: started after go", flush=True)


if __name__ == "__main__":
    ready, go, lock = mp.Queue(), mp.Event(), mp.Lock()
    workers = [mp.Process(target=worker, args=(n, ready, go, lock))
               for n in (1, 2, 3)]
    for process in workers:
        process.start()
    waiting = sorted(ready.get() for _ in workers)
    # flush: the workers' lines must not overtake these on a pipe
    print("waiting:", waiting, "| go is set:", go.is_set(), flush=True)
    print("parent: go!", flush=True)
    go.set()  # wakes every waiting worker at once
    for process in workers:
        process.join()
    print("go is set:", go.is_set())
