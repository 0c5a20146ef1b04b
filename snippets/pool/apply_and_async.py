from multiprocessing import Pool
from multiprocessing.pool import AsyncResult


def cube(x):
    return x**3


if __name__ == "__main__":
    with Pool(2) as pool:
        value = pool.apply(cube, (3,))  # blocks; returns the value
        print("apply:", value)

        pending = pool.apply_async(cube, (4,))  # returns at once
        print("is an AsyncResult:", isinstance(pending, AsyncResult))
        print("  .get():", pending.get(timeout=10))
        print("  .ready():", pending.ready())
        print("  .successful():", pending.successful())

        print("map:", pool.map(cube, range(5)))  # blocks; a list
        batch = pool.map_async(cube, range(5))  # an AsyncResult
        batch.wait(timeout=10)  # wait without fetching the value
        print("map_async then .get():", batch.get())
