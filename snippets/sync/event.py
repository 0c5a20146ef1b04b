import multiprocessing as mp


def wait_for_go(go, report):
    report.put(go.wait())  # no timeout: True once the event is set


if __name__ == "__main__":
    go = mp.Event()
    print("is_set() at first:", go.is_set())
    print("wait(timeout=0.2) before set():", go.wait(timeout=0.2))

    report = mp.Queue()
    waiters = [
        mp.Process(target=wait_for_go, args=(go, report))
        for _ in range(3)
    ]
    for waiter in waiters:
        waiter.start()
    go.set()  # releases every waiter, now and later
    print("is_set() after set():", go.is_set())
    print("the 3 waiters' wait() returned:",
          [report.get() for _ in waiters])
    for waiter in waiters:
        waiter.join()

    go.clear()
    print("is_set() after clear():", go.is_set())
    print("wait(timeout=0.2) after clear():", go.wait(timeout=0.2))
