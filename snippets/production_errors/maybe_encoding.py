import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


class FetchError(Exception):
    def __init__(self, message, lock):
        super().__init__(message)
        self.lock = lock  # a lock cannot be pickled


def fetch(url):
    raise FetchError(f"cannot fetch {url}", threading.Lock())


def read_lines(n):
    return (f"line {i}" for i in range(n))  # a generator


if __name__ == "__main__":
    with ProcessPoolExecutor(1) as executor:
        try:
            executor.submit(read_lines, 2).result()
        except TypeError as error:
            print("ProcessPoolExecutor:", repr(error))
    with Pool(2) as pool:
        try:
            pool.apply(fetch, ("https://example.org",))
        except Exception as error:
            print("Pool, an exception:", type(error).__name__)
            print(" ", error)
        print(pool.map(read_lines, [2, 3]))
