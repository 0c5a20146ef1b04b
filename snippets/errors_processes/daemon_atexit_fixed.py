import atexit
import multiprocessing as mp

_pool = None


def get_pool():
    # A library's pool, created on first use.
    global _pool
    if _pool is None:
        _pool = mp.get_context("spawn").Pool(1)
    return _pool


@atexit.register
def close_pool():
    # Close the pool if this process made one; never make one here.
    if _pool is not None:
        _pool.close()
        _pool.join()


def square(n):
    return n * n


if __name__ == "__main__":
    print(get_pool().map(square, range(5)))
    close_pool()  # the worker exits, and runs its atexit handlers
    print("pool closed")
