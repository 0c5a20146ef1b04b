import threading
from multiprocessing import Pool


def echo(obj):
    return obj


def make_adder(n):
    return lambda x: x + n  # a closure: defined inside a function


def make_local():
    def local(x):
        return x
    return local


class Holder:
    def __init__(self):
        self.lock = threading.Lock()

    def method(self):
        return 1


def numbers():
    yield 1


if __name__ == "__main__":
    with open(__file__) as file, Pool(1) as pool:
        candidates = {
            "closure": make_adder(1),
            "local function": make_local(),
            "bound method": Holder().method,
            "threading.Lock": threading.Lock(),
            "open file": file,
            "generator": numbers(),
            "module-level def": echo,
        }
        for name, obj in candidates.items():
            # The task (function and arguments) is pickled in this
            # process before any worker sees it.
            try:
                pool.apply(echo, (obj,))
            except Exception as error:
                print(f"{name}: {type(error).__name__}: {error}")
            else:
                print(f"{name}: pickled fine")
