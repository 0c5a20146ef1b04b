from multiprocessing import Pool


class FetchError(Exception):
    pass  # holds only what pickles: its message


def fetch(url):
    raise FetchError(f"cannot fetch {url}")


def read_lines(n):
    return [f"line {i}" for i in range(n)]  # a list pickles


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            pool.apply(fetch, ("https://example.org",))
        except FetchError as error:
            print("Pool, an exception:", repr(error))
        print(pool.map(read_lines, [2, 3]))
