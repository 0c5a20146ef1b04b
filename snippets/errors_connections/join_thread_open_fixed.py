from multiprocessing import Process, Queue


def produce(queue):
    for n in range(1, 4):
        queue.put(n * n)
    queue.close()  # this process puts nothing more
    queue.join_thread()  # wait until the items are in the pipe


if __name__ == "__main__":
    queue = Queue()
    job = Process(target=produce, args=(queue,))
    job.start()
    results = [queue.get() for _ in range(3)]
    job.join()
    print("results:", results)
    print("child's exit code:", job.exitcode)
