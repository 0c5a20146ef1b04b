from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


if __name__ == "__main__":
    with ProcessPoolExecutor(2) as executor:
        first = executor.submit(square, 2)
    print("inside the with block:", first.result())
    second = executor.submit(square, 3)  # the executor is shut down
