import multiprocessing as mp


def add(counter, amount):
    with counter.get_lock():
        counter.value += amount


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    with mp.Pool(2) as pool:
        # Task arguments are pickled onto a queue; a Value refuses.
        pool.starmap(add, [(counter, 1), (counter, 2)])
    print(f"counter: {counter.value}")
