import multiprocessing as mp


def hold(lock, holding, done):
    with lock:  # acquire() here, release() on the way out
        holding.set()
        done.wait()


def release(lock):
    lock.release()


if __name__ == "__main__":
    lock = mp.Lock()
    holding, done = mp.Event(), mp.Event()
    child = mp.Process(target=hold, args=(lock, holding, done))
    child.start()
    holding.wait()  # from here on, the child owns the lock
    print("acquire(block=False):", lock.acquire(block=False))
    print("acquire(timeout=0.2):", lock.acquire(timeout=0.2))
    done.set()
    print("acquire() once the child lets go:", lock.acquire())
    child.join()

    # A Lock has no owner: another process may release it.
    other = mp.Process(target=release, args=(lock,))
    other.start()
    other.join()
    print("free after another process released it:",
          lock.acquire(block=False))
    lock.release()
    try:
        lock.release()  # one release too many
    except ValueError as error:
        print("ValueError:", error)
