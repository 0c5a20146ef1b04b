import multiprocessing
import pickle

import cloudpickle  # pip install cloudpickle; Ray and Dask use it


class QueueLog:
    """A log that hands its records to a writer thread through a
    multiprocessing SimpleQueue, as loguru's enqueue=True does."""

    def __init__(self):
        self.queue = multiprocessing.SimpleQueue()

    def info(self, text):
        self.queue.put(text)


log = QueueLog()


def double(x):
    log.info(f"doubling {x}")
    return 2 * x


if __name__ == "__main__":
    print("pickle, by name:", len(pickle.dumps(double)), "bytes")
    try:
        cloudpickle.dumps(double)  # by value, with the globals it uses
    except RuntimeError as error:
        print(f"cloudpickle: {type(error).__name__}: {error}")
