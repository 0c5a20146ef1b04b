from multiprocessing import Manager, Process


def add_x(d):
    # d["plain"] is a copy fetched from the manager: the append
    # changes only that copy, which is then thrown away.
    d["plain"].append("x")
    # Fix 1: fetch, change, store back (send the whole list again).
    items = d["reassigned"]
    items.append("x")
    d["reassigned"] = items
    # Fix 2: d["nested"] is itself a proxy, so append reaches the server.
    d["nested"].append("x")


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict(plain=[], reassigned=[], nested=manager.list())
        child = Process(target=add_x, args=(d,))
        child.start()
        child.join()
        for key in d.keys():
            print(f"{key + ':':<12}{d[key][:]}")
        print("d['nested'] is a", type(d["nested"]).__name__)
