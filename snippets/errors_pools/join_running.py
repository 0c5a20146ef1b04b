from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    pool = Pool(2)
    results = [pool.apply_async(square, (n,)) for n in range(4)]
    pool.join()  # wait for the tasks
    print([result.get() for result in results])
