import os
from multiprocessing import Event, Pool, parent_process


def start(event):
    global started
    started = event


def render(page):
    started.set()
    parent_process().join()  # a long task: it ends after the parent
    return "x" * 2**20  # a result larger than a pipe's buffer


if __name__ == "__main__":
    started = Event()
    pool = Pool(1, initializer=start, initargs=(started,))
    pool.apply_async(render, (1,))
    started.wait()
    print("the parent dies while its worker computes")
    os._exit(1)  # stand-in for a kill, a crash, the OOM killer
