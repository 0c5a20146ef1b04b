import multiprocessing as mp

STOP = None  # the sentinel: "no more tasks"


def worker(tasks, results):
    name = mp.current_process().name
    while True:
        number = tasks.get()
        if number is STOP:
            break
        results.put((name, number, number * number))


if __name__ == "__main__":
    tasks, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, results),
                          name=f"worker-{n}") for n in (1, 2, 3)]
    for process in workers:
        process.start()

    numbers = range(1, 11)
    for number in numbers:
        tasks.put(number)
    for _ in workers:
        tasks.put(STOP)  # one sentinel per worker

    done = [results.get() for _ in numbers]  # one result per task
    for process in workers:
        process.join()

    print("squares:", sorted(square for _, _, square in done))
    for process in workers:
        count = sum(name == process.name for name, _, _ in done)
        print(f"{process.name} did {count} tasks, "
              f"exitcode {process.exitcode}")
