import multiprocessing
import os
import signal
import sys
import threading
import time
from concurrent.futures import (FIRST_COMPLETED, ProcessPoolExecutor,
                                wait)


def setup(busy_semaphore):
    global busy
    busy = busy_semaphore
    # Ctrl-C is the parent's business: it decides what stops and how.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def work(seconds):
    busy.release()  # one more worker is busy
    time.sleep(seconds)  # stands for the task's computation
    return seconds


def press_ctrl_c(ready, busy, workers):
    # As a terminal would: SIGINT to the workers once each is busy,
    # and to this process's main thread, where Python runs handlers.
    ready.wait()  # every task is submitted
    for _ in range(workers):
        busy.acquire(timeout=30)
    for child in multiprocessing.active_children():
        os.kill(child.pid, signal.SIGINT)
    main = threading.main_thread().ident
    signal.pthread_kill(main, signal.SIGINT)


if __name__ == "__main__":
    if sys.platform == "win32":
        print("os.kill() cannot send SIGINT on Windows: POSIX only")
        sys.exit(0)
    busy = multiprocessing.Semaphore(0)
    executor = ProcessPoolExecutor(2, initializer=setup,
                                   initargs=(busy,))
    ready = threading.Event()
    threading.Thread(target=press_ctrl_c, args=(ready, busy, 2)).start()
    futures = [executor.submit(work, 1) for _ in range(10)]
    try:
        ready.set()
        pending = futures
        while pending:
            # Wait in steps of a second: a Ctrl-C that lands just
            # before a wait begins is seen when that step ends.
            done, pending = wait(pending, timeout=1,
                                 return_when=FIRST_COMPLETED)
            for future in done:
                print(future.result())
    except KeyboardInterrupt:
        print("Ctrl-C: cancelling what has not started")
        # Waits for the tasks already running; drops the others.
        executor.shutdown(cancel_futures=True)
    else:
        executor.shutdown()
    cancelled = sum(future.cancelled() for future in futures)
    print(f"tasks run: {len(futures) - cancelled}, "
          f"cancelled: {cancelled}")
    print("children left:", multiprocessing.active_children())
