import multiprocessing as mp
from multiprocessing.connection import wait


if __name__ == "__main__":
    go = mp.Event()
    quick = mp.Process(target=print, args=("quick: done",),
                       name="quick")
    slow = mp.Process(target=go.wait, name="slow")
    for process in (quick, slow):
        process.start()

    # a sentinel becomes ready when its process ends, so one wait()
    # can watch many processes (and pipes, sockets) at once
    by_sentinel = {p.sentinel: p for p in (quick, slow)}
    ready = wait(list(by_sentinel))
    print("ended first:", [by_sentinel[s].name for s in ready])

    go.set()
    for process in (quick, slow):
        process.join()
    print("exitcodes:", quick.exitcode, slow.exitcode)
