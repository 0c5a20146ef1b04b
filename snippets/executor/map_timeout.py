import concurrent.futures
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager


def slow_unless(x, go):
    if x == 2:
        go.wait()  # task 2 waits until the parent lets it finish
    return x * 10


if __name__ == "__main__":
    with Manager() as manager:
        go = manager.Event()
        with ProcessPoolExecutor(max_workers=2) as executor:
            results = executor.map(slow_unless, range(4),
                                   [go] * 4, timeout=2)
            got = []
            try:
                for value in results:
                    got.append(value)
            except concurrent.futures.TimeoutError as error:
                print("results before the timeout:", got)
                print("raised:", repr(error))
            go.set()  # release task 2 so the executor can shut down
    # Decides whether "except TimeoutError" catches the map timeout.
    print("subclass of the built-in TimeoutError:",
          issubclass(concurrent.futures.TimeoutError, TimeoutError))
