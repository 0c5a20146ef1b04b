from multiprocessing import Manager, Pool


def wait_then_square(go, n):
    go.wait()  # hold the task until the parent says go
    return n * n


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        go = manager.Event()
        result = pool.apply_async(wait_then_square, (go, 3))
        try:
            print("successful():", result.successful())
        except ValueError as error:
            print(f"{type(error).__name__}: {error}")
        print("ready():", result.ready())
        go.set()
        result.wait()
        print("after wait(): ready():", result.ready(),
              "successful():", result.successful())
