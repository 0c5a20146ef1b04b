from multiprocessing import shared_memory

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=4)
    name = shm.name
    try:
        shm.buf[:4] = b"data"
        view = shm.buf  # a reference kept past close()
        shm.close()  # this process's mapping only
        print("buf after close():", shm.buf)
        try:
            view[0]
        except ValueError as error:
            print("old view: ValueError:", error)
        # The block itself outlives close(): attach again by name.
        again = shared_memory.SharedMemory(name=name)
        print("attached again:", bytes(again.buf))
        again.close()
    finally:
        shm.unlink()  # the block goes away; once is enough
    try:
        shared_memory.SharedMemory(name=name)
    except FileNotFoundError as error:
        print("attach after unlink(): FileNotFoundError:", error)
    try:
        shm.unlink()
    except FileNotFoundError as error:
        print("second unlink(): FileNotFoundError:", error)
