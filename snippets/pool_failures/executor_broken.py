import multiprocessing
import os
import signal
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor


def setup(event):
    global submitted
    submitted = event


def work(x):
    if x == 0:
        submitted.wait()  # every task is queued before the worker dies
        # SIGKILL cannot be caught: the worker vanishes mid-task.
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(1)  # Windows has no SIGKILL
    return x * x


if __name__ == "__main__":
    # One worker: task 0 kills it before any other task can start.
    submitted = multiprocessing.Event()
    with ProcessPoolExecutor(1, initializer=setup,
                             initargs=(submitted,)) as executor:
        futures = [executor.submit(work, x) for x in range(4)]
        submitted.set()
        for x, future in enumerate(futures):
            try:
                print(f"task {x}: {future.result(timeout=60)}")
            except BrokenExecutor as error:
                print(f"task {x}: {type(error).__name__}")
                message = str(error)
        print("its message:", message)
        try:
            executor.submit(work, 5)
        except BrokenExecutor as error:
            print(f"submit() after that: {error}")

    # The executor is done for: retry the lost tasks in a new one.
    with ProcessPoolExecutor(1) as executor:
        print("retried:", list(executor.map(work, [1, 2, 3])))
