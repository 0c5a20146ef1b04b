from multiprocessing import shared_memory

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=8)
    try:
        header = shm.buf[:4]  # a second view of the same memory
        try:
            shm.close()
        except BufferError as error:
            print("close() with a view alive: BufferError:", error)
        # close() had already dropped buf: only the view still works
        print("shm.buf after that:", shm.buf)
        print("the view still reads:", bytes(header))
        header.release()  # or `del header`
        shm.close()
        print("close() after releasing it: ok")
    finally:
        shm.unlink()
