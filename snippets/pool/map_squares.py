from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    with Pool(processes=4) as pool:
        # map blocks until every result is back, and keeps input order.
        results = pool.map(square, [1, 2, 3, 4, 5])
    print("results:", results)
