from multiprocessing import Pool


def run_parallel(func, items):
    """What a library may do with your function before sending it."""
    def timed(item):  # a closure: it pickles by no name
        return func(item)

    with Pool(2) as pool:
        return pool.map(timed, items)


def model(x):
    transform = lambda v: v * v  # a lambda inside: no problem
    return transform(x)


if __name__ == "__main__":
    with Pool(2) as pool:
        print("pool.map(model, ...):", pool.map(model, range(4)))
    print("run_parallel(model, ...):", run_parallel(model, range(4)))
