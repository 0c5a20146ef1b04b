import os
import threading
from multiprocessing import Pool


class Scaler:
    def __init__(self, factor):
        self.factor = factor
        self.lock = threading.Lock()

    def __getstate__(self):
        # What crosses the process boundary: everything but the lock.
        state = self.__dict__.copy()
        del state["lock"]
        return state

    def __setstate__(self, state):
        # The copy in the worker gets a lock of its own.
        self.__dict__.update(state)
        self.lock = threading.Lock()

    def scale(self, x):
        with self.lock:
            return x * self.factor, os.getpid()

    def run(self, numbers):
        with Pool(2) as pool:
            return pool.map(self.scale, numbers)


if __name__ == "__main__":
    results = Scaler(3).run([1, 2, 3])
    print("results:", [value for value, pid in results])
    print("every task ran in a worker:", all(
        pid != os.getpid() for value, pid in results))
