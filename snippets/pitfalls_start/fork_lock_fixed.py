import multiprocessing as mp
import threading

lock = threading.Lock()


def hold_lock(held, release):
    with lock:
        held.set()
        release.wait()


def child_work():
    # spawn and forkserver children import this file: a new, free lock
    with lock:
        print(f"{mp.current_process().name}: got the lock")


def run_child(ctx):
    child = ctx.Process(target=child_work)
    child.start()
    child.join()
    return child


if __name__ == "__main__":
    methods = mp.get_all_start_methods()
    held, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=hold_lock, args=(held, release))

    children = []
    if "fork" in methods:  # Fix 1: fork before any thread starts.
        children.append(run_child(mp.get_context("fork")))

    holder.start()
    held.wait()
    # Fix 2: once threads run, start children without fork.
    for method in ("spawn", "forkserver"):
        if method in methods:
            children.append(run_child(mp.get_context(method)))

    release.set()
    holder.join()
    for child in children:
        print(f"{child.name} exitcode: {child.exitcode}")
