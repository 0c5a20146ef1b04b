from multiprocessing import Pool

TASKS = 40


def work(n):
    return sum(i * i for i in range(n * 1000))


class Progress:
    """Counts results; called back in the pool's result thread."""

    def __init__(self, total):
        self.total = total
        self.results = []

    def __call__(self, result):
        # One thread runs every callback, one at a time: no lock.
        self.results.append(result)
        done = len(self.results)
        if done % 10 == 0:
            print(f"{done}/{self.total} tasks done", flush=True)


def report_error(error):
    print("a task failed:", repr(error), flush=True)


if __name__ == "__main__":
    progress = Progress(TASKS)
    with Pool(2) as pool:
        for n in range(TASKS):
            pool.apply_async(work, (n,), callback=progress,
                             error_callback=report_error)
        pool.close()  # no more tasks; join() waits for them all
        pool.join()
    print("results received:", len(progress.results))
    print("same as serial:",
          sorted(progress.results) == sorted(map(work, range(TASKS))))
