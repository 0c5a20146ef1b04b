"""The same job; its workers end on their own before `with` ends."""
import multiprocessing


def square(x):
    return x * x


if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        print(sum(pool.map(square, range(10))))
        pool.close()  # no more tasks: each worker exits when idle
        pool.join()   # wait for them, so none is left to terminate
