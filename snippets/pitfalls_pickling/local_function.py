from multiprocessing import Pool


def main():
    offset = 10

    def shift(x):
        return x + offset

    with Pool(2) as pool:
        print(pool.map(shift, [1, 2, 3]))


if __name__ == "__main__":
    main()
