from concurrent.futures import ProcessPoolExecutor, wait
from multiprocessing import Manager


def wait_then_square(go, n):
    go.wait()  # hold the task until the parent says go
    return n * n


if __name__ == "__main__":
    with Manager() as manager, ProcessPoolExecutor(2) as executor:
        go = manager.Event()
        futures = [executor.submit(wait_then_square, go, n)
                   for n in (2, 3)]
        try:
            wait(futures, return_when="FIRST_COMPLETE")
        except ValueError as error:
            print(f"{type(error).__name__}: {error}")
        go.set()
        print("results:", [future.result() for future in futures])
        done, pending = wait(futures, return_when="FIRST_COMPLETE")
        print("once all are done:", len(done), "done, no error")
