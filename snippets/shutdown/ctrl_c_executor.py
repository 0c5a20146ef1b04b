import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed


def setup(busy_semaphore):
    global busy
    busy = busy_semaphore


def work(seconds):
    busy.release()  # one more worker is busy
    # The task's computation, in short steps as Python code runs: a
    # signal is handled between two steps, while one long sleep that
    # began just after a signal arrived would finish first.
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        time.sleep(0.01)
    print(f"a {seconds} s task finished")
    return seconds


def press_ctrl_c(ready, busy, workers):
    # As a terminal would: SIGINT to this process's main thread, where
    # Python runs handlers, and to the workers, once each is busy.
    ready.wait()  # every task is submitted
    for _ in range(workers):
        busy.acquire(timeout=30)
    main = threading.main_thread().ident
    signal.pthread_kill(main, signal.SIGINT)
    for child in multiprocessing.active_children():
        os.kill(child.pid, signal.SIGINT)


if __name__ == "__main__":
    if sys.platform == "win32":
        print("os.kill() cannot send SIGINT on Windows: POSIX only")
        sys.exit(0)
    busy = multiprocessing.Semaphore(0)
    # Two long tasks that keep both workers busy, then four short ones.
    tasks = [60, 60, 0.1, 0.1, 0.1, 0.1]
    with ProcessPoolExecutor(2, initializer=setup,
                             initargs=(busy,)) as executor:
        ready = threading.Event()
        threading.Thread(target=press_ctrl_c,
                         args=(ready, busy, 2)).start()
        futures = [executor.submit(work, seconds) for seconds in tasks]
        ready.set()
        for future in as_completed(futures):
            print(future.result())
