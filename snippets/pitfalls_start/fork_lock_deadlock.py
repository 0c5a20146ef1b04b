import multiprocessing as mp
import threading

# Stands for any lock in your code or a library's (logging has some).
lock = threading.Lock()


def hold_lock(held, release):
    with lock:
        held.set()
        release.wait()


def child_work(reached):
    reached.set()
    with lock:  # a copy of a held lock; its holder was not copied
        print("child: got the lock")


if __name__ == "__main__":
    if "fork" not in mp.get_all_start_methods():
        print("fork is not available on this platform")
        raise SystemExit
    ctx = mp.get_context("fork")
    held, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=hold_lock, args=(held, release))
    holder.start()
    held.wait()  # another thread holds the lock while we fork

    reached = ctx.Event()
    child = ctx.Process(target=child_work, args=(reached,))
    child.start()
    print("child reached the lock:", reached.wait(timeout=30))
    child.join(timeout=2)
    if child.is_alive():
        print("child still waiting after 2 s: deadlocked")
        child.terminate()  # nothing else can end it
        child.join()
    print("child exitcode:", child.exitcode)
    release.set()
    holder.join()
