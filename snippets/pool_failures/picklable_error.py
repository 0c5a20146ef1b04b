from multiprocessing import Pool


class TaskFailed(Exception):
    def __init__(self, task, reason):
        # Every argument goes to Exception.args, so unpickling can call
        # TaskFailed(task, reason) again.
        super().__init__(task, reason)
        self.task = task
        self.reason = reason

    def __str__(self):
        return f"task {self.task}: {self.reason}"


def work(task):
    raise TaskFailed(task, "bad input")


if __name__ == "__main__":
    with Pool(1) as pool:
        try:
            pool.apply(work, (3,))
        except TaskFailed as error:
            print(f"apply() raised {type(error).__name__}: {error}")
            print("its attributes survived:", error.task, error.reason)
