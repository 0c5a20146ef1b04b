from multiprocessing import shared_memory

if __name__ == "__main__":
    data = b""  # nothing to share this time
    try:
        shm = shared_memory.SharedMemory(create=True, size=len(data))
    except ValueError as error:
        print(f"size=0: ValueError: {error}")
    shm = shared_memory.SharedMemory(create=True, size=-1)
