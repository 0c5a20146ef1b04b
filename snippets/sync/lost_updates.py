import multiprocessing as mp

PROCESSES = 4
TIMES = 50_000


def add_one_many_times(counter, start):
    start.wait()  # all processes begin counting together
    for _ in range(TIMES):
        counter.value += 1  # read, add, write: three steps


if __name__ == "__main__":
    counter = mp.Value("i", 0, lock=False)  # plain shared memory
    start = mp.Barrier(PROCESSES)
    processes = [
        mp.Process(target=add_one_many_times, args=(counter, start))
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
