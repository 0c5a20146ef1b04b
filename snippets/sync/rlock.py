import multiprocessing as mp


def try_release(rlock, report):
    try:
        rlock.release()
        report.put("released")
    except Exception as error:
        report.put(f"{type(error).__name__}: {error}")


if __name__ == "__main__":
    rlock = mp.RLock()
    with rlock:
        with rlock:  # the owner may acquire it again
            print("RLock: acquired twice by the same process")
    # Released as often as acquired: free for everyone again.

    lock = mp.Lock()
    with lock:
        # A plain Lock would wait for itself forever; time out instead.
        print("Lock: second acquire in the same process:",
              lock.acquire(timeout=0.2))

    report = mp.Queue()
    with rlock:  # only the process that holds an RLock may release it
        child = mp.Process(target=try_release, args=(rlock, report))
        child.start()
        print("another process calls release():", report.get())
        child.join()
