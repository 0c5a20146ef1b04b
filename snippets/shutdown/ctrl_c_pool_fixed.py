import multiprocessing
import os
import signal
import sys
import threading
import time


def setup(busy_semaphore):
    global busy
    busy = busy_semaphore
    # Ctrl-C is the parent's business: it decides what stops and how.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def work(n):
    busy.release()  # one more worker is busy
    time.sleep(60)  # stands for a long computation
    return n


def press_ctrl_c(busy, workers):
    # As a terminal would: SIGINT to the workers once each is busy,
    # and to this process's main thread, where Python runs handlers.
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
    with multiprocessing.Pool(2, setup, (busy,)) as pool:
        threading.Thread(target=press_ctrl_c, args=(busy, 2)).start()
        try:
            result = pool.map_async(work, range(2), chunksize=1)
            # Wait in steps of a second: a Ctrl-C that lands just
            # before a wait begins is seen when that step ends.
            while not result.ready():
                result.wait(1)
            print(result.get())
        except KeyboardInterrupt:
            print("Ctrl-C: terminating the pool")
            pool.terminate()
        else:
            pool.close()
        pool.join()
    print("children left:", multiprocessing.active_children())
