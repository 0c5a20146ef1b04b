from multiprocessing import Pool


def cube(x):
    return x**3


if __name__ == "__main__":
    with Pool(2) as pool:
        result = pool.apply(cube, (3,))
        print("apply already returned", result)
        print(result.get())  # AttributeError: it is an int
