import multiprocessing as mp
import os
import sys
import threading

# With forkserver, the server would be every process's parent.
ctx = mp.get_context("spawn")


def grandchild(report, check, stop, alive):
    # `alive` stays open until this process exits: that is its signal.
    report.put(os.getppid())
    check.wait()  # set once the middle process is dead
    report.put(os.getppid())
    stop.wait()  # an orphan goes on with its work, unwatched


def middle(report, check, stop, alive):
    ctx.Process(target=grandchild,
                args=(report, check, stop, alive)).start()
    threading.Event().wait()  # until killed


if __name__ == "__main__":
    if sys.platform == "win32":
        # per the docs of os.getppid()
        print("Windows does not re-parent: getppid() keeps the old id")
        raise SystemExit
    report, check, stop = ctx.Queue(), ctx.Event(), ctx.Event()
    # The grandchild holds the only write end: EOF as it exits.
    done, alive = ctx.Pipe(duplex=False)
    parent = ctx.Process(target=middle,
                         args=(report, check, stop, alive))
    parent.start()
    alive.close()
    first = report.get(timeout=30)
    print("grandchild's parent is the middle process:",
          first == parent.pid)
    parent.kill()  # a crash: no clean-up code runs in it
    parent.join()
    check.set()
    now = report.get(timeout=30)
    print("middle process killed; grandchild re-parented:",
          now != first)
    print("its new parent is this process:", now == os.getpid())
    stop.set()  # only because we can still reach it
    try:
        done.recv()
    except EOFError:
        print("the orphan has exited")
