import multiprocessing as mp
from multiprocessing import shared_memory


def child(name):
    items = shared_memory.ShareableList(name=name)  # attach
    try:
        items[1] = items[1] * 2
        items[3] = "xyz"  # fits the slot "abc" was given
        items[5] = 1  # None's slot takes an int
    finally:
        items.shm.close()


if __name__ == "__main__":
    items = shared_memory.ShareableList(
        [1, 2.5, True, "abc", b"xy", None])
    try:
        print("created:   ", list(items))
        print("format:    ", items.format)
        p = mp.Process(target=child, args=(items.shm.name,))
        p.start()
        p.join()
        print("after child:", list(items))
        print("format:    ", items.format)
        print("len:", len(items))
        # == as in a list, and True == 1
        print("count(1):", items.count(1))
        print("index(True):", items.index(True))
        print("index('xyz'):", items.index("xyz"))
    finally:
        items.shm.close()
        items.shm.unlink()
