from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    # Meant: never replace a worker. That is None, the default.
    pool = Pool(2, maxtasksperchild=0)
    print("pool created")
    pool.close()
    pool.join()
    print("pool joined")
