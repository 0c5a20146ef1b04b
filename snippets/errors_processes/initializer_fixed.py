from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

SETTINGS = {}


def configure(scale):
    SETTINGS["scale"] = scale


def scaled(n):
    return n * SETTINGS["scale"]


if __name__ == "__main__":
    # The function itself, and its arguments apart: each worker calls it.
    with Pool(2, initializer=configure, initargs=(10,)) as pool:
        print("Pool:", pool.map(scaled, [1, 2, 3]))
    with ProcessPoolExecutor(2, initializer=configure,
                             initargs=(10,)) as executor:
        print("executor:", list(executor.map(scaled, [1, 2, 3])))
