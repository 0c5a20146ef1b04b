import multiprocessing as mp

END = None
K = 3  # workers in the middle stage


def double(inbox, out):  # middle stage: K processes
    while (n := inbox.get()) is not END:
        out.put(n * 2)
    out.put(END)  # each worker passes on the END it took


def collect(inbox, out):  # next stage: one process
    items, ends = [], 0
    while ends < K:  # one END per worker upstream, then stop
        item = inbox.get()
        if item is END:
            ends += 1
        else:
            items.append(item)
    out.put((ends, sorted(items)))
    out.put(END)  # and exactly one END goes further down


if __name__ == "__main__":
    tasks, doubled, results = mp.Queue(), mp.Queue(), mp.Queue()
    workers = [mp.Process(target=double, args=(tasks, doubled))
               for _ in range(K)]
    collector = mp.Process(target=collect, args=(doubled, results))
    for p in [*workers, collector]:
        p.start()
    for n in range(20):
        tasks.put(n)
    for _ in workers:
        tasks.put(END)

    ends, items = results.get()
    print("end markers the collector took:", ends)
    print("one END passed on:", results.get() is END)
    print(f"items: {len(items)}, each doubled once:",
          items == [n * 2 for n in range(20)])
    for p in [*workers, collector]:
        p.join()
    print("exit codes:", [p.exitcode for p in [*workers, collector]])
