import multiprocessing as mp


def remember(shared_counter):
    global counter  # one per worker process, set when it starts
    counter = shared_counter


def add(amount):
    with counter.get_lock():
        counter.value += amount


if __name__ == "__main__":
    total = mp.Value("i", 0)
    # Pool workers are processes: initargs travel like Process args.
    with mp.Pool(2, initializer=remember, initargs=(total,)) as pool:
        pool.map(add, range(1, 101))
    print(f"total: {total.value}")
