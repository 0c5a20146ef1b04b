from multiprocessing import Pool


def double(x):
    return 2 * x


if __name__ == "__main__":
    with Pool(2) as pool:
        # Every task is pickled onto the pool's task queue, whatever
        # the start method; a lambda has no name to pickle by.
        try:
            pool.map(lambda x: 2 * x, [1, 2, 3])
        except Exception as error:
            print(f"lambda: {type(error).__name__}: {error}")
        print("def:", pool.map(double, [1, 2, 3]))
