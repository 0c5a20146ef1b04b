import multiprocessing as mp
from multiprocessing import shared_memory


def child(name):
    # Attach: no create, no size; the name is all it needs.
    shm = shared_memory.SharedMemory(name=name)
    try:
        print("child sees:  ", bytes(shm.buf[:5]))
        shm.buf[5:10] = b"world"
    finally:
        shm.close()  # this process is done with it


if __name__ == "__main__":
    # name=None (the default): the OS picks a name no one else uses.
    shm = shared_memory.SharedMemory(create=True, size=10)
    try:
        print("name:", shm.name)
        shm.buf[:5] = b"hello"
        p = mp.Process(target=child, args=(shm.name,))
        p.start()
        p.join()
        print("parent sees: ", bytes(shm.buf))
    finally:
        shm.close()
        shm.unlink()  # once, by the process that owns the block
