import multiprocessing as mp
import random
from collections import Counter

WORDS = "apple banana cherry date elder fig grape".split()


def make_text(n_lines, seed=1):
    rng = random.Random(seed)  # the same text on every run
    weights = range(len(WORDS), 0, -1)  # apple common, grape rare
    return [" ".join(rng.choices(WORDS, weights, k=12))
            for _ in range(n_lines)]


def count_block(block):  # map and combine: many lines -> one Counter
    counts = Counter()
    for line in block:
        counts.update(line.split())
    return counts


if __name__ == "__main__":
    lines = make_text(5000)
    blocks = [lines[i:i + 500] for i in range(0, len(lines), 500)]
    total, received = Counter(), 0
    with mp.Pool(2) as pool:
        for counts in pool.imap_unordered(count_block, blocks):
            total.update(counts)  # reduce: 10 Counters, not 5000
            received += 1
        pool.close()
        pool.join()
    print("children left:", mp.active_children())

    serial = Counter(word for line in lines for word in line.split())
    print("Counters received:", received)
    print("words:", sum(total.values()))
    print("same as the serial count:", total == serial)
