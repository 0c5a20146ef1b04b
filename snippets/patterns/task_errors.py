import multiprocessing as mp

STOP = None  # one per worker: "no more tasks"


def worker(tasks, results):
    while True:
        task = tasks.get()
        if task is STOP:
            break
        index, text = task
        try:
            results.put((index, "ok", int(text) * 10))
        except Exception as error:  # report it, then take the next task
            results.put((index, "error", error))


if __name__ == "__main__":
    inputs = ["4", "x", "15", "2.5", "7", "-3"]
    tasks, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results))
               for _ in range(3)]
    for w in workers:
        w.start()
    for task in enumerate(inputs):
        tasks.put(task)
    for _ in workers:
        tasks.put(STOP)

    # One message per task, success or not, so counting still works.
    done = sorted(results.get() for _ in inputs)
    for w in workers:
        w.join()

    for index, status, value in done:
        if status == "ok":
            print(f"{inputs[index]!r:>6} -> {value}")
        else:
            print(f"{inputs[index]!r:>6} -> {type(value).__name__}: "
                  f"{value}")
    print("exit codes:", [w.exitcode for w in workers])
