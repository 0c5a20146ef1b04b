import multiprocessing as mp
from multiprocessing import shared_memory
from multiprocessing.managers import SharedMemoryManager


def fill(name, start, stop):
    shm = shared_memory.SharedMemory(name=name)
    try:
        shm.buf[start:stop] = bytes(range(start, stop))
    finally:
        shm.close()


if __name__ == "__main__":
    with SharedMemoryManager() as smm:
        shm = smm.SharedMemory(size=8)
        items = smm.ShareableList(["waiting", 0])
        with mp.Pool(2) as pool:
            pool.starmap(fill, [(shm.name, 0, 4), (shm.name, 4, 8)])
        items[0], items[1] = "done", sum(shm.buf)
        print("block:", list(shm.buf))
        print("list: ", list(items))
        names = [shm.name, items.shm.name]
        shm.close()  # our mappings; the manager owns the blocks
        items.shm.close()
    # Leaving the block called smm.shutdown(): it unlinked both.
    for name in names:
        try:
            left = shared_memory.SharedMemory(name=name)
        except FileNotFoundError:
            print("after shutdown: FileNotFoundError")
        else:
            print("after shutdown: still there")
            left.close()
            left.unlink()
