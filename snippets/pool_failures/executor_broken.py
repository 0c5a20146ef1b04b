import os
import signal
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor


def work(x):
    if x == 0:
        # SIGKILL cannot be caught: the worker vanishes mid-task.
        if hasattr(signal, "SIGKILL"):
            os.kill(os.getpid(), signal.SIGKILL)
        os._exit(1)  # Windows has no SIGKILL
    return x * x


if __name__ == "__main__":
    # One worker: task 0 kills it before any other task can start.
    with ProcessPoolExecutor(1) as executor:
        futures = [executor.submit(work, x) for x in range(4)]
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
