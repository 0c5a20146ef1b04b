import multiprocessing as mp
import random
from collections import Counter

WORDS = "apple banana cherry date elder fig grape".split()


def make_text(n_lines, seed=1):
    rng = random.Random(seed)  # the same text on every run
    weights = range(len(WORDS), 0, -1)  # apple common, grape rare
    return [" ".join(rng.choices(WORDS, weights, k=12))
            for _ in range(n_lines)]


def count_words(line):  # map: one line -> its word counts
    return Counter(line.split())


if __name__ == "__main__":
    lines = make_text(5000)
    total, received = Counter(), 0
    with mp.Pool(2) as pool:
        # chunksize: 100 lines per message instead of one
        for counts in pool.imap_unordered(count_words, lines,
                                          chunksize=100):
            total.update(counts)  # reduce, in the parent
            received += 1
        pool.close()
        pool.join()
    print("children left:", mp.active_children())

    serial = Counter(word for line in lines for word in line.split())
    print("Counters received:", received)
    print("words:", sum(total.values()))
    print("same as the serial count:", total == serial)
    for word, n in sorted(total.items(), key=lambda kv: -kv[1]):
        print(f"{word:>7} {n}")
