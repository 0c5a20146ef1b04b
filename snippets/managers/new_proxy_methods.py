from multiprocessing import Manager, Process


def add(shared_set, item):
    shared_set.add(item)


if __name__ == "__main__":
    with Manager() as manager:
        seen = manager.set()  # new in 3.14, like manager.dict()
        workers = [Process(target=add, args=(seen, n % 3))
                   for n in range(6)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        print("set from six workers:", sorted(seen))

        counts = manager.dict().fromkeys(["a", "b"], 0)
        print("fromkeys():", counts)
        shared = manager.dict(a=1)
        print("proxy | dict:", shared | {"b": 2})
        shared |= {"c": 3}
        print("after |=:", shared.copy())

        items = manager.list([1, 2, 3])
        snapshot = items.copy()
        items.clear()
        print("list copy():", snapshot, "after clear():", list(items))
