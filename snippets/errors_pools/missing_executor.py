import concurrent.futures


def double(n):
    return 2 * n


if __name__ == "__main__":
    try:
        executor_class = concurrent.futures.InterpreterPoolExecutor
    except AttributeError as error:  # before Python 3.14
        print(f"AttributeError: {error}")
        executor_class = concurrent.futures.ThreadPoolExecutor
    with executor_class(max_workers=2) as executor:
        print(executor_class.__name__, list(executor.map(double, [1, 2])))
