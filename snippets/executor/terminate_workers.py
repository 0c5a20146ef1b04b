import multiprocessing
import time
from concurrent.futures import CancelledError, ProcessPoolExecutor


def remember(queue):
    global started
    started = queue


def sleep_for(seconds):
    started.put("started")
    time.sleep(seconds)
    return seconds


def stop(how):
    queue = multiprocessing.Queue()
    executor = ProcessPoolExecutor(max_workers=2, initializer=remember,
                                   initargs=(queue,))
    futures = [executor.submit(sleep_for, 60) for _ in range(10)]
    for _ in range(2):  # both workers are inside a 60-second task
        queue.get()
    workers = multiprocessing.active_children()
    start = time.monotonic()
    how(executor)  # executor.terminate_workers() or .kill_workers()
    for worker in workers:
        worker.join()
    took = time.monotonic() - start
    print(f"{how.__name__}():")
    print("  workers stopped:", len(workers))
    print("  before a task could end:", took < 30)
    outcomes = set()
    for future in futures:  # each one ends at once or soon after
        try:
            outcomes.add(type(future.exception(timeout=30)).__name__)
        except CancelledError:  # it had not reached a worker
            outcomes.add("CancelledError")
    print("  the futures end with:", sorted(outcomes))
    try:
        executor.submit(sleep_for, 1)
    except RuntimeError:  # BrokenProcessPool is a RuntimeError too
        print("  submit() afterwards: refused")


if __name__ == "__main__":
    stop(ProcessPoolExecutor.terminate_workers)
    stop(ProcessPoolExecutor.kill_workers)
