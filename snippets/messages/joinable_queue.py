import multiprocessing as mp


def worker(tasks, results):
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()  # the pill counts as a task too
            break
        results.put(n * n)
        tasks.task_done()  # after the result is handed on


if __name__ == "__main__":
    tasks, results = mp.JoinableQueue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results))
               for _ in range(2)]
    for w in workers:
        w.start()
    for n in range(6):
        tasks.put(n)

    tasks.join()  # returns once task_done() was called for all 6
    print("all tasks done:", sorted(results.get() for _ in range(6)))

    for _ in workers:
        tasks.put(None)  # one pill per worker
    tasks.join()
    for w in workers:
        w.join()
    print("exit codes:", [w.exitcode for w in workers])

    try:
        tasks.task_done()
    except ValueError as error:
        print("one task_done() too many:", error)
