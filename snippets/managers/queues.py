from multiprocessing import Manager, Pool, Process, Queue


def square_into(queue, n):
    queue.put(n * n)


def consume(tasks, results):
    for item in iter(tasks.get, None):
        results.append(item.upper())
        tasks.task_done()
    tasks.task_done()  # for the None that ended the loop


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        try:
            pool.apply(square_into, (Queue(), 1))
        except RuntimeError as error:
            print("multiprocessing.Queue to a pool:", error)
        queue = manager.Queue()  # a proxy: it pickles like any value
        pool.starmap(square_into, [(queue, n) for n in range(5)])
        print("manager.Queue():", sorted(queue.get() for _ in range(5)))

        tasks, results = manager.JoinableQueue(), manager.list()
        worker = Process(target=consume, args=(tasks, results))
        worker.start()
        for word in ["a", "b", "c", None]:
            tasks.put(word)
        tasks.join()  # returns once every item is marked done
        print("JoinableQueue: join() returned, results =", results[:])
        worker.join()
