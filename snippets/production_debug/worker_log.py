import logging
import multiprocessing
import os
import signal


def crash(x):
    if x == 1:  # as the out-of-memory killer would (not on Windows)
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
    return x


if __name__ == "__main__":
    multiprocessing.log_to_stderr(logging.INFO)
    with multiprocessing.Pool(1) as pool:
        print("task 0:", pool.apply(crash, (0,)))
        lost = pool.apply_async(crash, (1,))
        try:
            lost.get(timeout=3)
        except multiprocessing.TimeoutError:
            print("task 1: no result after 3 s")
