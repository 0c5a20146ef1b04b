import logging
import logging.handlers
import multiprocessing as mp
import os
import tempfile

FORMAT = "%(processName)s %(levelname)s %(message)s"


def log_to(queue):
    # The only handler in this process: records travel to the parent,
    # which alone writes the file.
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(queue)]
    root.setLevel(logging.INFO)


def square(n):
    logging.getLogger("task").info("square(%d) = %d", n, n * n)
    return n * n


def writer(queue, name):
    log_to(queue)
    for i in range(3):
        logging.getLogger(name).info("%s line %d", name, i)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "app.log")
        queue = mp.Queue()
        file_handler = logging.FileHandler(path)
        file_handler.setFormatter(logging.Formatter(FORMAT))
        listener = logging.handlers.QueueListener(queue, file_handler)
        listener.start()
        log_to(queue)  # the parent's records take the same road
        logging.info("starting")

        processes = [mp.Process(target=writer, args=(queue, name),
                                name=name)
                     for name in ("writer-1", "writer-2")]
        for p in processes:
            p.start()
        with mp.Pool(2, initializer=log_to, initargs=(queue,)) as pool:
            pool.map(square, range(4))
            # Not terminate() (what `with` does on exit): a worker ends
            # its queue's thread only when it exits normally.
            pool.close()
            pool.join()
        for p in processes:
            p.join()

        logging.info("done")
        listener.stop()  # writes what is queued, then returns
        file_handler.close()
        with open(path) as f:
            lines = f.read().splitlines()
    for line in lines:
        print(line)
    print(len(lines), "lines in the file")
