from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    pool = Pool(2)
    pool.close()
    try:
        pool.apply_async(square, (2,))
    except ValueError as error:
        print("after close():", repr(error))
    pool.join()

    pool = Pool(2)
    pool.terminate()
    try:
        pool.map(square, [1, 2])
    except ValueError as error:
        print("after terminate():", repr(error))

    with Pool(2) as pool:
        print("inside the with block:", pool.map(square, [1, 2, 3]))
    print(pool.map(square, [4, 5, 6]))  # the with block ended
