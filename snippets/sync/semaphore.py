import multiprocessing as mp

SLOTS = 2
WORKERS = 6  # a multiple of SLOTS, so every meeting below fills up


def free_slots(slots):
    try:
        return slots.get_value()
    except NotImplementedError:  # macOS has no sem_getvalue()
        return "unknown on this platform"


def work(slots, counts, meet):
    with slots:  # acquire(): wait for a free slot
        with counts.get_lock():
            counts[0] += 1  # inside now
            counts[1] = max(counts[1], counts[0])  # most at once
        # Wait until SLOTS workers are inside together, so the
        # maximum is reached however the processes get scheduled.
        meet.wait()
        with counts.get_lock():
            counts[0] -= 1
    # release() on leaving the with block frees the slot


if __name__ == "__main__":
    slots = mp.Semaphore(SLOTS)
    counts = mp.Array("i", [0, 0])  # inside now, most at once
    meet = mp.Barrier(SLOTS)
    print(f"{WORKERS} workers, {SLOTS} slots")
    print("free slots before:", free_slots(slots))
    workers = [
        mp.Process(target=work, args=(slots, counts, meet))
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    print("most workers inside at once:", counts[1])
    print("free slots after:", free_slots(slots))
