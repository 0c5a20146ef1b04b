from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool

SETTINGS = {}


def configure(scale):
    SETTINGS["scale"] = scale
    return SETTINGS


def scaled(n):
    return n * SETTINGS["scale"]


if __name__ == "__main__":
    try:
        Pool(2, initializer=configure(10))
    except TypeError as error:
        print(f"Pool: TypeError: {error}")
    with ProcessPoolExecutor(2, initializer=configure(10)) as executor:
        print(list(executor.map(scaled, [1, 2, 3])))
