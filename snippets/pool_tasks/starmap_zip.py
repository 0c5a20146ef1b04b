from multiprocessing import Pool


def power(base, exponent):
    return base**exponent


if __name__ == "__main__":
    bases = [2, 3, 4, 5]
    exponents = [10, 3, 2, 1]
    with Pool(2) as pool:
        # zip() pairs the lists; starmap() unpacks each pair into
        # power(base, exponent). Results come back in input order.
        pairs = list(zip(bases, exponents))
        print("pairs:", pairs)
        print("starmap:", pool.starmap(power, pairs))
        pending = pool.starmap_async(power, pairs)  # returns at once
        print("starmap_async then .get():", pending.get(timeout=30))
