from concurrent.futures import (ALL_COMPLETED, FIRST_COMPLETED,
                                FIRST_EXCEPTION, ProcessPoolExecutor,
                                wait)
from multiprocessing import Manager


def quick():
    return "quick"


def fail():
    raise ValueError("failed")


def blocked(go):
    go.wait()
    return "released"


def show(label, done, not_done):
    print(f"{label:15} done={len(done)} not_done={len(not_done)}")


if __name__ == "__main__":
    with Manager() as manager:
        go = manager.Event()
        with ProcessPoolExecutor(max_workers=3) as executor:
            stuck = [executor.submit(blocked, go) for _ in range(2)]
            first = executor.submit(quick)
            show("FIRST_COMPLETED", *wait([first] + stuck,
                                          return_when=FIRST_COMPLETED))
            failing = executor.submit(fail)
            show("FIRST_EXCEPTION", *wait([failing] + stuck,
                                          return_when=FIRST_EXCEPTION))
            go.set()
            everything = [first, failing] + stuck
            show("ALL_COMPLETED", *wait(everything,
                                        return_when=ALL_COMPLETED))
