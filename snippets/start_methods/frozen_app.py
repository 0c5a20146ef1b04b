import multiprocessing as mp
import os
import sys


def interpreter(results):
    results.put(sys.executable)


if __name__ == "__main__":
    # First line of the main block: in a frozen Windows program, a
    # child runs this file too and must stop here to do its work.
    # Anywhere else it does nothing.
    mp.freeze_support()
    print("frozen:", getattr(sys, "frozen", False))

    # The program spawn children run: sys.executable by default. An
    # app that embeds Python points it at a real interpreter.
    mp.set_executable(sys.executable)
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    child = ctx.Process(target=interpreter, args=(results,))
    child.start()
    in_child = results.get()
    child.join()
    print("spawn children run:", os.path.basename(in_child))
    print("same interpreter as the parent:", in_child == sys.executable)
