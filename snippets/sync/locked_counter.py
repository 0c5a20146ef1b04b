import multiprocessing as mp

PROCESSES = 4
TIMES = 50_000


def add_one_many_times(counter, lock, start):
    start.wait()  # all processes begin counting together
    for _ in range(TIMES):
        with lock:  # one process at a time reads, adds and writes
            counter.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0, lock=False)
    lock = mp.Lock()
    start = mp.Barrier(PROCESSES)
    processes = [
        mp.Process(target=add_one_many_times,
                   args=(counter, lock, start))
        for _ in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    expected = PROCESSES * TIMES
    print(f"expected: {expected}")
    print(f"counted:  {counter.value}")
    print(f"lost:     {expected - counter.value}")
