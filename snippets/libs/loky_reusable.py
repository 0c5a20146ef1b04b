import os
from concurrent.futures.process import BrokenProcessPool

from loky import get_reusable_executor
from loky.process_executor import TerminatedWorkerError


def square(x):
    return x * x


def crash():
    os._exit(1)  # the worker dies mid-task, as after a segfault


if __name__ == "__main__":
    executor = get_reusable_executor(max_workers=2)
    print("before:", list(executor.map(square, range(5))))
    try:
        executor.submit(crash).result()
    except TerminatedWorkerError as error:
        print("crash:", type(error).__name__)
        for line in str(error).splitlines():
            if "exit codes" in line:
                print(" ", line)
        # Code written for the standard library catches it too.
        print("  a BrokenProcessPool:",
              isinstance(error, BrokenProcessPool))
    try:
        executor.submit(square, 5)
    except TerminatedWorkerError as error:
        print("old executor, submit():", type(error).__name__)
    # Asking again replaces the broken executor with a new one.
    new = get_reusable_executor(max_workers=2)
    print("new executor:", new is not executor)
    print("after:", list(new.map(square, range(5))))
    new.shutdown(wait=True)
