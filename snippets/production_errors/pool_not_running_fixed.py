from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    with Pool(2) as pool:
        print("first batch:", pool.map(square, [1, 2, 3]))
        print("second batch:", pool.map(square, [4, 5, 6]))
    # Later work needs a pool of its own:
    with Pool(2) as pool:
        print("later:", pool.apply_async(square, (7,)).get())
