import multiprocessing as mp

PROCESSES = 4
TIMES = 25_000


def add_unsafely(counter, start):
    start.wait()  # all processes begin counting together
    for _ in range(TIMES):
        counter.value += 1  # locked for the read, then for the write


def add_safely(counter, start):
    start.wait()
    for _ in range(TIMES):
        with counter.get_lock():  # held for read, add and write
            counter.value += 1


def count(add):
    counter = mp.Value("i", 0)  # lock=True is the default
    start = mp.Barrier(PROCESSES)
    processes = [
        mp.Process(target=add, args=(counter, start))
        for _ in range(PROCESSES)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    return counter.value


if __name__ == "__main__":
    print(f"expected:                 {PROCESSES * TIMES}")
    print(f"counter.value += 1:       {count(add_unsafely)}")
    print(f"with counter.get_lock():  {count(add_safely)}")
