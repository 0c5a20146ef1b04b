from multiprocessing.managers import SharedMemoryManager

if __name__ == "__main__":
    with SharedMemoryManager() as smm:
        for size in (16, 32):  # all the work inside one block
            block = smm.SharedMemory(size)
            print("block:", block.size, "bytes")
            block.close()
    with SharedMemoryManager() as smm:  # later work: a new manager
        names = smm.ShareableList(["later"])
        print("list:", list(names))
        names.shm.close()
