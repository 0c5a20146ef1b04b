import multiprocessing as mp


def square_all(tasks, results):
    for _ in range(3):
        n = tasks.get()  # blocks until the parent has put something
        results.put((n, n * n))


if __name__ == "__main__":
    tasks, results = mp.Queue(), mp.Queue()
    child = mp.Process(target=square_all, args=(tasks, results))
    child.start()
    for n in (2, 3, 4):
        tasks.put(n)
    for _ in range(3):
        print("got", results.get())
    child.join()  # after the last get(): nothing is left to flush
    print("child exitcode:", child.exitcode)
