from concurrent.futures import ProcessPoolExecutor


def divide(a, b):
    return a / b


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        good = executor.submit(divide, 10, 4)
        bad = executor.submit(divide, 1, 0)
        # result() waits for the task and hands back its value.
        print("good.result():", good.result())
        print("good.done():", good.done())
        print("good.exception():", good.exception())
        # The worker's exception travels back inside the future.
        print("bad.exception():", repr(bad.exception()))
        try:
            bad.result()
        except ZeroDivisionError as error:
            print("bad.result() raised ZeroDivisionError:", error)
