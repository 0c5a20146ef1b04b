import multiprocessing as mp
import os
import threading

ctx = mp.get_context("spawn")


def grandchild(report, alive):
    # `alive` stays open until this process exits: that is its signal.
    report.put(os.getppid())
    parent = mp.parent_process()
    while parent.is_alive():  # checked between units of work
        sum(range(10_000))
    report.put("grandchild: my parent is gone, I stop")


def middle(report, alive):
    ctx.Process(target=grandchild, args=(report, alive)).start()
    threading.Event().wait()  # until killed


if __name__ == "__main__":
    report = ctx.Queue()
    # The grandchild holds the only write end: EOF as it exits.
    done, alive = ctx.Pipe(duplex=False)
    parent = ctx.Process(target=middle, args=(report, alive))
    parent.start()
    alive.close()
    first = report.get(timeout=30)
    print("grandchild's parent is the middle process:",
          first == parent.pid)
    parent.kill()  # a crash: no clean-up code runs in it
    parent.join()
    print("middle process killed")
    print(report.get(timeout=30))
    try:
        done.recv()
    except EOFError:
        print("the grandchild has exited, by itself")
