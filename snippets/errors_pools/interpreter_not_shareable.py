from concurrent.futures import InterpreterPoolExecutor


class FetchError(Exception):
    pass


def fetch(url):
    raise FetchError(f"cannot fetch {url}")


if __name__ == "__main__":
    with InterpreterPoolExecutor(2) as executor:
        future = executor.submit(fetch, "https://example.org")
        try:
            future.result()
        except FetchError as error:
            print("result() raised", repr(error))
