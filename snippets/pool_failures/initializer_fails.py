from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def open_connection():
    # Stands for a database that cannot be reached.
    raise ConnectionError("database unreachable")


def work(task):
    return task * 10


if __name__ == "__main__":
    with ProcessPoolExecutor(1, initializer=open_connection) as executor:
        try:
            print(executor.submit(work, 1).result(timeout=60))
        except BrokenProcessPool as error:
            print(f"the task: {type(error).__name__}")
        try:
            executor.submit(work, 2)
        except BrokenProcessPool as error:
            print(f"submit() after that: {type(error).__name__}: {error}")
