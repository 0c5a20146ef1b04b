import os
from multiprocessing import Pool


def word_count(text):
    return len(text.split())


def count_all(texts):
    # One process per text, at most one per CPU.
    with Pool(min(len(texts), os.cpu_count())) as pool:
        return pool.map(word_count, texts)


if __name__ == "__main__":
    print(count_all(["a b c", "d e"]))
    print(count_all([]))  # nothing to do this time
