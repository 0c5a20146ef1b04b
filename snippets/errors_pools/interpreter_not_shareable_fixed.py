from concurrent.futures import InterpreterPoolExecutor


def fetch(url):
    # A built-in exception class: the main interpreter has it too.
    raise ConnectionError(f"cannot fetch {url}")


if __name__ == "__main__":
    with InterpreterPoolExecutor(2) as executor:
        future = executor.submit(fetch, "https://example.org")
        try:
            future.result()
        except ConnectionError as error:
            print("result() raised", repr(error))
