from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


if __name__ == "__main__":
    workers = 2
    with ProcessPoolExecutor(workers) as executor:
        for buffersize in (workers * 1.5, 0, workers * 2):
            try:
                results = executor.map(square, range(6),
                                       buffersize=buffersize)
                print(buffersize, "->", list(results))
            except (TypeError, ValueError) as error:
                print(f"{buffersize!r}: {type(error).__name__}: {error}")
