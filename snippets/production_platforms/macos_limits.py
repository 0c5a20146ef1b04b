import multiprocessing as mp
import os
from multiprocessing import shared_memory
from multiprocessing.synchronize import SEM_VALUE_MAX

if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=16)
    print(f"a name SharedMemory chose: {block.name!r}, "
          f"{len(block.name)} characters")
    block.close()
    block.unlink()

    # A name of your own, longer than macOS accepts (30 characters).
    name = f"nightly_batch_results_{os.getpid():010d}"
    try:
        mine = shared_memory.SharedMemory(name, create=True, size=16)
    except OSError as error:
        print(f"a name of {len(name)} characters: {error}")
    else:
        print(f"a name of {len(name)} characters: accepted")
        mine.close()
        mine.unlink()

    print("largest semaphore value (Queue's default maxsize):",
          SEM_VALUE_MAX)
    queue = mp.Queue()
    queue.put("an item")
    try:
        print("qsize() after one put:", queue.qsize())
    except NotImplementedError:
        print("qsize() after one put: NotImplementedError")
    queue.get()
    queue.close()
    queue.join_thread()
