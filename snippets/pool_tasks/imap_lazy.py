from functools import partial
from multiprocessing import Manager, Pool


def square(go, x):
    if x == 3:
        go.wait()  # the last task holds until the parent says go
    return x * x


if __name__ == "__main__":
    with Manager() as manager, Pool(2) as pool:
        go = manager.Event()
        results = pool.imap(partial(square, go), range(4))
        # Each result is handed over as soon as it is ready, in input
        # order, while the last task is still blocked.
        for _ in range(3):
            print(f"got {next(results)}; task 3 released: "
                  f"{go.is_set()}")
        go.set()
        print(f"got {next(results)}; task 3 released: {go.is_set()}")
