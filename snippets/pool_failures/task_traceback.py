from multiprocessing import Pool


def parse(text):
    return int(text)


if __name__ == "__main__":
    with Pool(2) as pool:
        # "x" fails in a worker; map() raises it here, in the parent.
        print(pool.map(parse, ["1", "2", "x", "4"]))
