from multiprocessing import Manager, Process


def child(barrier, cond, box, done):
    barrier.wait(timeout=30)  # both processes are running now
    with cond:
        box.append("from child")
        cond.notify_all()
    done.set()


if __name__ == "__main__":
    with Manager() as manager:
        barrier = manager.Barrier(2)
        cond = manager.Condition()
        box = manager.list()
        done = manager.Event()
        worker = Process(target=child, args=(barrier, cond, box, done))
        worker.start()
        barrier.wait(timeout=30)
        print("Barrier: parties =", barrier.parties, "- both arrived")
        with cond:
            # wait_for checks first, so a notify sent earlier is fine
            cond.wait_for(lambda: len(box) > 0, timeout=30)
        print("Condition: woken, box =", box[:])
        print("Event: set by the child:", done.wait(timeout=30))
        worker.join()

        lock, rlock = manager.Lock(), manager.RLock()
        with lock:
            print("Lock: second acquire:", lock.acquire(blocking=False))
        with rlock:
            print("RLock: second acquire:", rlock.acquire(timeout=1))
            rlock.release()

        slots = manager.Semaphore(2)
        taken = [slots.acquire(blocking=False) for _ in range(3)]
        print("Semaphore(2): three acquires:", taken)
        bounded = manager.BoundedSemaphore(1)
        try:
            bounded.release()  # never acquired: one too many
        except ValueError as error:  # raised in the manager, sent back
            print("BoundedSemaphore: ValueError:", error)
