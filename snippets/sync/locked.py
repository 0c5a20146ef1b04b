from multiprocessing import (BoundedSemaphore, Lock, Process, RLock,
                             Semaphore)


def report(lock):
    print("child sees locked():", lock.locked(), flush=True)


if __name__ == "__main__":
    lock = Lock()
    print("Lock, free:", lock.locked())
    with lock:
        print("Lock, held:", lock.locked())
        child = Process(target=report, args=(lock,))
        child.start()
        child.join()

    rlock = RLock()
    with rlock:
        with rlock:  # the owner may take it again
            print("RLock, held twice:", rlock.locked())
    print("RLock, released twice:", rlock.locked())

    for kind in (Semaphore, BoundedSemaphore):
        semaphore = kind(2)
        semaphore.acquire()
        one = semaphore.locked()
        semaphore.acquire()
        print(f"{kind.__name__}(2), taken once: {one}, twice:",
              semaphore.locked())
