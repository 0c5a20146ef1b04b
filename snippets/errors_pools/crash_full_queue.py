import os
import time
from concurrent.futures import ProcessPoolExecutor, wait
from multiprocessing import Event


def start(event):
    global submitted
    submitted = event


def convert(n):
    if n == 0:
        submitted.wait()  # until every task is in
        os._exit(1)  # stand-in for a crash in C code
    time.sleep(60)  # a long task, cut short when the pool breaks
    return n


if __name__ == "__main__":
    submitted = Event()
    with ProcessPoolExecutor(max_workers=2, initializer=start,
                             initargs=(submitted,)) as pool:
        futures = [pool.submit(convert, n) for n in range(20)]
        submitted.set()
        wait(futures)
    errors = {type(f.exception()).__name__ for f in futures}
    print(f"{len(futures)} futures failed with: {errors}")
    print(futures[-1].exception())
