from multiprocess import get_all_start_methods, get_context


def main():
    offset = 10

    def shift(x):
        return x + offset

    # dill pickles the local function with the value it captured.
    for method in get_all_start_methods():
        with get_context(method).Pool(2) as pool:
            print(f"{method}:", pool.map(shift, [1, 2, 3]))


if __name__ == "__main__":
    main()
