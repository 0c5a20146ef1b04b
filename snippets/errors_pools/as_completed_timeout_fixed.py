import concurrent.futures
from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import Manager


def square(go, n):
    if n == 3:
        go.wait()  # this task takes longer than the timeout
    return n * n


if __name__ == "__main__":
    with Manager() as manager, ProcessPoolExecutor(2) as executor:
        go = manager.Event()
        futures = {executor.submit(square, go, n): n for n in range(4)}
        results = {}
        try:
            for future in as_completed(futures, timeout=2):
                results[futures[future]] = future.result()
        except concurrent.futures.TimeoutError:  # any Python 3
            late = [n for f, n in futures.items() if not f.done()]
            print("no result in time for", sorted(late))
        go.set()  # the slow task ends; the with block waits for it
    print("results:", dict(sorted(results.items())))
