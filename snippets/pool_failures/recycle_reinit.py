from multiprocessing import Pool, Value

worker_number = None  # set by the initializer, once per process
tasks_here = 0        # tasks this worker process has run


def init_worker(started):
    global worker_number
    with started.get_lock():
        started.value += 1
        worker_number = started.value


def work(task):
    global tasks_here
    tasks_here += 1
    return task, worker_number, tasks_here


if __name__ == "__main__":
    # After 2 tasks a worker exits; its replacement runs the
    # initializer again and starts with fresh module state.
    with Pool(1, initializer=init_worker, initargs=(Value("i", 0),),
              maxtasksperchild=2) as pool:
        results = pool.map(work, range(6), chunksize=1)
    for task, number, count in results:
        print(f"task {task}: initializer run #{number}, "
              f"task #{count} of that worker")
