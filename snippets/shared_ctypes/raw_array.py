import multiprocessing as mp

WORKERS = 4
SLOTS = 100_000


def fill_my_slots(slots, worker):
    # Slots worker, worker + 4, ...: no other process writes these,
    # so there is nothing for a lock to protect.
    for n in range(worker, SLOTS, WORKERS):
        slots[n] = n


if __name__ == "__main__":
    slots = mp.RawArray("i", SLOTS)  # a bare ctypes array: no lock
    processes = [mp.Process(target=fill_my_slots, args=(slots, worker))
                 for worker in range(WORKERS)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    print(f"slots holding their own index: "
          f"{sum(slots[n] == n for n in range(SLOTS)):,} of {SLOTS:,}")
    print(f"sum: {sum(slots):,}")
