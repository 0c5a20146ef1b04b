from multiprocessing import Manager, Process


def fill(d, items, ns, number, array):
    # Each call travels to the manager's process and changes the
    # one object there, so the parent sees it.
    d["from child"] = True
    items.append("from child")
    ns.note = "from child"
    number.value += 1
    array[0] = 99


if __name__ == "__main__":
    with Manager() as manager:
        d = manager.dict(start=1)
        items = manager.list([1, 2])
        ns = manager.Namespace(note="")
        number = manager.Value("i", 41)
        array = manager.Array("i", [0, 0, 0])
        child = Process(target=fill, args=(d, items, ns, number, array))
        child.start()
        child.join()
        rows = [(d, d.copy()), (items, items[:]), (ns, ns.note),
                (number, number.value), (array, array[:].tolist())]
        for proxy, value in rows:
            print(f"{type(proxy).__name__:<15} {value!r}")
