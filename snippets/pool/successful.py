from multiprocessing import Manager, Pool


def wait_then_divide(go, x):
    go.wait()  # hold the task until the parent says go
    return 1 / x


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        go = manager.Event()
        good = pool.apply_async(wait_then_divide, (go, 1))
        bad = pool.apply_async(wait_then_divide, (go, 0))
        print("ready():", good.ready())
        try:
            good.successful()
        except ValueError:  # Python 3.7+: not ready yet
            print("successful() before then: ValueError")
        go.set()
        print("get():", good.get(timeout=30))
        try:
            bad.get(timeout=30)
        except ZeroDivisionError as error:
            print("get() re-raised:", type(error).__name__)
        print("successful():", good.successful(), bad.successful())
