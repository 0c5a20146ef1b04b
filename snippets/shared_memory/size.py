import mmap
import multiprocessing as mp
from multiprocessing import shared_memory


def attached_size(name, sizes):
    shm = shared_memory.SharedMemory(name=name)
    sizes.put((shm.size, len(shm.buf)))
    shm.close()


if __name__ == "__main__":
    print("page size:", mmap.PAGESIZE)
    sizes = mp.Queue()
    for requested in (1, 100, 4096, 5000):
        shm = shared_memory.SharedMemory(create=True, size=requested)
        try:
            p = mp.Process(target=attached_size,
                           args=(shm.name, sizes))
            p.start()
            size, length = sizes.get(timeout=60)
            p.join()
            print(f"requested {requested:>4}: size {shm.size:>4},"
                  f" attached size {size:>4}, len(buf) {length:>4}")
        finally:
            shm.close()
            shm.unlink()
