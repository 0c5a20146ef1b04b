import multiprocessing
import os
import signal
import sys
import threading
import time
from multiprocessing.connection import wait


def setup(busy_semaphore):
    global busy
    busy = busy_semaphore


def work(n):
    busy.release()  # one more worker is busy
    # A long computation, in short steps as Python code runs: a signal
    # is handled between two steps, while one long sleep that began
    # just after a signal arrived would finish first.
    end = time.monotonic() + 60
    while time.monotonic() < end:
        time.sleep(0.01)
    return n


def press_ctrl_c(busy, workers):
    # Ctrl-C sends SIGINT to every process in the terminal's foreground
    # group. Here, by hand: first to the workers once each is busy and,
    # after they have ended, to this process's main thread, where
    # Python runs signal handlers.
    for _ in range(workers):
        busy.acquire(timeout=30)
    children = multiprocessing.active_children()
    for child in children:
        os.kill(child.pid, signal.SIGINT)
    for child in children:
        wait([child.sentinel], timeout=30)
    # One Ctrl-C can go unseen (see the page), so, as a person would,
    # press again while the program shows no reaction for 2 seconds.
    main = threading.main_thread()
    while main.is_alive():
        signal.pthread_kill(main.ident, signal.SIGINT)
        main.join(timeout=2)


if __name__ == "__main__":
    if sys.platform == "win32":
        print("os.kill() cannot send SIGINT on Windows: POSIX only")
        sys.exit(0)
    busy = multiprocessing.Semaphore(0)
    with multiprocessing.Pool(2, setup, (busy,)) as pool:
        threading.Thread(target=press_ctrl_c, args=(busy, 2)).start()
        print(pool.map(work, range(2), chunksize=1))
