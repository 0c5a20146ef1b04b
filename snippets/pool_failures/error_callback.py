from multiprocessing import Pool


def parse(text):
    return int(text)


if __name__ == "__main__":
    values, errors = [], []
    with Pool(2) as pool:
        pending = [
            pool.apply_async(parse, (text,), callback=values.append,
                             error_callback=errors.append)
            for text in ["1", "x", "3", "y"]
        ]
        for result in pending:
            try:
                result.get(timeout=30)
            except ValueError as error:
                # The worker's traceback, as text, is attached here.
                cause = type(error.__cause__).__name__
                print(f"get() raised {error!r}, __cause__: {cause}")
    # The callbacks ran in a thread of this process before get()
    # returned or raised.
    print("callback got:", sorted(values))
    for error in sorted(errors, key=str):
        print(f"error_callback got: {error!r}")
