from multiprocessing import shared_memory

if __name__ == "__main__":
    # Meant to create a block; without create=True it attaches to one.
    shm = shared_memory.SharedMemory(size=1024)
