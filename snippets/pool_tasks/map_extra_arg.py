from multiprocessing import Pool


def add(x, y):
    return x + y


if __name__ == "__main__":
    with Pool(2) as pool:
        # map(func, iterable, chunksize): a second list lands in
        # chunksize, which must be an int.
        try:
            pool.map(add, [1, 2, 3], [10, 20, 30])
        except TypeError as error:
            print("map(add, list, list):", error)
        # An int there is accepted as the chunksize, so add() gets
        # one argument and fails in the worker.
        try:
            pool.map(add, [1, 2, 3], 10)
        except TypeError as error:
            print("map(add, list, 10):", error)
        print("starmap:", pool.starmap(add, zip([1, 2, 3], [10] * 3)))
