import threading
from multiprocessing import Pool


class Scaler:
    def __init__(self, factor):
        self.factor = factor
        self.lock = threading.Lock()  # for threads of this process

    def scale(self, x):
        return x * self.factor

    def run(self, numbers):
        # self.scale pickles as (self, "scale"): self goes along,
        # and with it every attribute, the lock included.
        with Pool(2) as pool:
            return pool.map(self.scale, numbers)


if __name__ == "__main__":
    print(Scaler(3).run([1, 2, 3]))
