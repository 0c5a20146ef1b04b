from functools import partial
from multiprocessing import Pool


def shift(x, offset):
    return x + offset


def main():
    offset = 10
    # partial() pickles as "shift from __main__" plus its bound
    # arguments, so the value the closure captured travels too.
    with Pool(2) as pool:
        print(pool.map(partial(shift, offset=offset), [1, 2, 3]))


if __name__ == "__main__":
    main()
