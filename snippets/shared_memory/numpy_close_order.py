from multiprocessing import shared_memory

import numpy as np

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=80)
    try:
        # np.frombuffer keeps a memoryview: close() refuses.
        kept = np.frombuffer(shm.buf, dtype=np.float64)
        try:
            shm.close()
        except BufferError as error:
            print("frombuffer view alive: BufferError:", error)
        del kept
        shm.close()
        print("after del: close() ok")
    finally:
        shm.unlink()

    shm = shared_memory.SharedMemory(create=True, size=80)
    try:
        # np.ndarray(buffer=...) holds no such view: no error, but
        # the array now points at memory that is no longer mapped.
        array = np.ndarray((10,), dtype=np.float64, buffer=shm.buf)
        shm.close()
        print("ndarray view alive: close() ok")
        print("array.base is the mmap; closed:", array.base.closed)
        del array  # reading it now could crash the process
    finally:
        shm.unlink()
