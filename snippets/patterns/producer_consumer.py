import multiprocessing as mp
import queue

N_PRODUCERS, N_CONSUMERS, N_ITEMS, MAXSIZE = 2, 3, 10, 4


def produce(name, items, was_full, counts):
    blocked = 0
    for n in range(N_ITEMS):
        try:
            items.put_nowait((name, n))
        except queue.Full:  # no room: the consumers are behind
            blocked += 1
            was_full.set()
            items.put((name, n))  # blocks until a consumer takes one
    counts.put(blocked)


def consume(items, consumed):
    taken = []
    while True:
        item = items.get()
        if item is None:
            items.task_done()
            break
        taken.append(item)  # the real work would go here
        items.task_done()  # only after the work is finished
    consumed.put(taken)


if __name__ == "__main__":
    items = mp.JoinableQueue(maxsize=MAXSIZE)
    was_full = mp.Event()
    counts, consumed = mp.Queue(), mp.Queue()
    producers = [mp.Process(target=produce,
                            args=(f"p{i}", items, was_full, counts))
                 for i in range(N_PRODUCERS)]
    consumers = [mp.Process(target=consume, args=(items, consumed))
                 for _ in range(N_CONSUMERS)]
    for p in producers:
        p.start()
    # The slowest consumer is one that has not started: wait until a
    # producer has hit the limit, so the demonstration cannot miss it.
    was_full.wait()
    for c in consumers:
        c.start()

    blocked = sum(counts.get() for _ in producers)
    for p in producers:
        p.join()
    items.join()  # every item put so far has been marked task_done()
    print("all consumed; put found the queue full:", blocked, "times")

    for _ in consumers:
        items.put(None)  # one pill per consumer, after the real items
    taken = [item for _ in consumers for item in consumed.get()]
    for c in consumers:
        c.join()

    expected = [(f"p{i}", n) for i in range(N_PRODUCERS)
                for n in range(N_ITEMS)]
    print("items consumed:", len(taken))
    print("each exactly once:", sorted(taken) == expected)
    print("producer exit codes:", [p.exitcode for p in producers])
    print("consumer exit codes:", [c.exitcode for c in consumers])
