import itertools
from concurrent.futures import ProcessPoolExecutor


def square(n):
    return n * n


def numbers(taken):
    """Endless input that notes how much of it was read."""
    for n in itertools.count():
        taken.append(n)
        yield n


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        taken = []
        results = executor.map(square, numbers(taken), buffersize=4)
        print("first five:", [next(results) for _ in range(5)])
        print("inputs read:", len(taken))

        taken = []
        results = executor.map(square, itertools.islice(numbers(taken),
                                                        1000))
        print("without buffersize, inputs read before the first result:",
              len(taken))
        print("sum:", sum(results))
