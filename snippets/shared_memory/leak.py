from multiprocessing import shared_memory

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=1024)
    shm.buf[:5] = b"hello"
    shm.close()
    print("closed but not unlinked; exiting")
    # The resource tracker notices at exit, warns, and unlinks it.
