import multiprocessing as mp


def square(x):
    return x * x, __name__


if __name__ == "__main__":
    # Only the program you run makes the pool. A spawn worker imports
    # this file under another name, so it skips this block.
    with mp.get_context("spawn").Pool(2) as pool:
        results = pool.map(square, range(5))
    print("squares:", [value for value, _ in results])
    print("__name__ in the workers:", {name for _, name in results})
    print("__name__ here:", __name__)
