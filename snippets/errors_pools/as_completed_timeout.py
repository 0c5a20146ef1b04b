from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import Manager


def square(go, n):
    if n == 3:
        go.wait()  # this task takes longer than the timeout
    return n * n


if __name__ == "__main__":
    with Manager() as manager, ProcessPoolExecutor(2) as executor:
        go = manager.Event()
        futures = [executor.submit(square, go, n) for n in range(4)]
        try:
            for future in as_completed(futures, timeout=2):
                print(future.result())
        finally:
            go.set()
