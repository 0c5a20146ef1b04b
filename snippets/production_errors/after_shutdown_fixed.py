from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        first = executor.submit(square, 2)
        second = executor.submit(square, 3)  # inside the block
    print("results:", first.result(), second.result())
