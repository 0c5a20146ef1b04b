import multiprocessing
from concurrent.futures import ProcessPoolExecutor


class TaskFailed(Exception):
    def __init__(self, task, reason):
        # Only the message reaches Exception.args, and unpickling
        # calls TaskFailed(*args): one argument short.
        super().__init__(f"task {task}: {reason}")
        self.task = task


def work(task):
    raise TaskFailed(task, "bad input")


if __name__ == "__main__":
    pool = multiprocessing.Pool(1)
    result = pool.apply_async(work, (3,))
    try:
        result.get(timeout=5)
    except multiprocessing.TimeoutError:
        print("Pool: no result and no error after 5 s")
    try:
        pool.terminate()
    except AssertionError as error:
        # The workers are still running: multiprocessing ends them
        # when this program exits, as it does every daemon child.
        print(f"Pool.terminate(): AssertionError: {error}")

    with ProcessPoolExecutor(1) as executor:
        future = executor.submit(work, 3)
        try:
            future.result(timeout=60)
        except Exception as error:
            print(f"ProcessPoolExecutor: {type(error).__name__}: {error}")
            text = str(error.__cause__).strip().strip("'").strip()
            cause = text.splitlines()[-1]
            print(f"  its __cause__ ends with: {cause}")
