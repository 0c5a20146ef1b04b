from multiprocessing import ProcessError
from multiprocessing.managers import SharedMemoryManager

if __name__ == "__main__":
    smm = SharedMemoryManager()
    with smm:
        block = smm.SharedMemory(16)
        print("first block:", block.size, "bytes")
        block.close()
    # Leaving the with block shut the manager down for good.
    try:
        smm.get_server()
    except ProcessError as error:
        print(f"get_server(): {type(error).__name__}: {error}")
    with smm:
        block = smm.SharedMemory(16)
