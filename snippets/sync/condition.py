import multiprocessing as mp

WAITERS = 3


def wait_for_notice(cond, asleep, ready, woken):
    with cond:
        asleep.value += 1
        ready.release()  # tell the parent; it still needs the lock
        cond.wait()  # lets go of the lock while it sleeps
        asleep.value -= 1
        woken.put(mp.current_process().name)


if __name__ == "__main__":
    cond = mp.Condition()
    asleep = mp.Value("i", 0, lock=False)  # guarded by cond's lock
    ready = mp.Semaphore(0)
    woken = mp.Queue()
    waiters = [
        mp.Process(target=wait_for_notice,
                   args=(cond, asleep, ready, woken))
        for _ in range(WAITERS)
    ]
    with cond:  # nobody will notify yet
        print("wait(timeout=0.2):", cond.wait(timeout=0.2))
    for waiter in waiters:
        waiter.start()
    for _ in waiters:
        ready.acquire()
    # Each waiter gives up the lock only inside wait(), so once the
    # parent holds it, all of them are asleep.
    with cond:
        print("asleep in wait():", asleep.value)
        cond.notify()  # wakes one
    woken.get()
    with cond:
        print("after notify():", asleep.value, "still asleep")
        cond.notify_all()  # wakes the rest
    for _ in range(WAITERS - 1):
        woken.get()
    for waiter in waiters:
        waiter.join()
    print("after notify_all():", asleep.value, "still asleep")
