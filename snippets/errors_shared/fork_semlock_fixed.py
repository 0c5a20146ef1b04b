import multiprocessing


def worker(queue):
    queue.put("hello")


if __name__ == "__main__":
    spawn = multiprocessing.get_context("spawn")
    queue = spawn.Queue()  # from the context that starts the process
    child = spawn.Process(target=worker, args=(queue,))
    child.start()
    print("from the child:", queue.get())
    child.join()
