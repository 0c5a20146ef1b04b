import multiprocessing as mp


def names():
    return sorted(p.name for p in mp.active_children())


if __name__ == "__main__":
    first, rest = mp.Event(), mp.Event()
    one = mp.Process(target=first.wait, name="one")
    others = [mp.Process(target=rest.wait, name=f"other-{n}")
              for n in (1, 2)]
    print("before start:", names())
    for process in [one, *others]:
        process.start()
    print("all started: ", names())  # all blocked on their event

    first.set()
    one.join()
    print("one joined:  ", names())

    rest.set()
    for process in others:
        process.join()
    print("all joined:  ", names())
