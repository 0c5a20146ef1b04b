import multiprocessing as mp


def worker(tasks, finished):
    while tasks.get() is not None:  # None is the sentinel
        pass
    finished.put(mp.current_process().name)


if __name__ == "__main__":
    tasks, finished = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks, finished),
                          name=f"worker-{n}") for n in (1, 2)]
    for process in workers:
        process.start()
    for number in range(5):
        tasks.put(number)
    tasks.put(None)  # the bug: one sentinel for two workers

    name = finished.get()  # one worker got the sentinel and says so
    print(name, "got the sentinel and finished")
    for process in workers:
        if process.name == name:
            process.join()
        else:
            process.join(timeout=1)  # join() would wait forever
            print(process.name, "alive after join(timeout=1):",
                  process.is_alive())
            process.terminate()  # clean up the stuck worker
            process.join()
