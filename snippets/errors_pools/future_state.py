from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        future = executor.submit(square, 3)
        print("result:", future.result())
        # Meant: make sure nothing can cancel it now.
        future.set_running_or_notify_cancel()
