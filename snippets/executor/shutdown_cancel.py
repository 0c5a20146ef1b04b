import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager


def blocked(started, go):
    started.set()
    go.wait()
    return "done"


def wait_until(condition, limit=30):
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("the executor did not queue the tasks")
        time.sleep(0.01)


if __name__ == "__main__":
    with Manager() as manager:
        started, go = manager.Event(), manager.Event()
        executor = ProcessPoolExecutor(max_workers=1)
        first = executor.submit(blocked, started, go)
        started.wait()
        futures = [first] + [executor.submit(blocked, started, go)
                             for _ in range(6)]
        # One task runs; the executor also hands the next two to the
        # worker's queue ahead of time, which marks them running.
        wait_until(lambda: futures[1].running()
                   and futures[2].running())
        executor.shutdown(wait=False, cancel_futures=True)
        go.set()  # let the running tasks finish
        # The executor cancels before it handles the first result, and
        # a second shutdown() would reset cancel_futures to False: so
        # collect the running ones first.
        results = [f.result() for f in futures[:3]]
        executor.shutdown(wait=True)
        print("submitted:", len(futures))
        print("cancelled by shutdown:",
              sum(f.cancelled() for f in futures))
        print("results of the running ones:", results)
