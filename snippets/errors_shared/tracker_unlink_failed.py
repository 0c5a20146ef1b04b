import subprocess
import sys
from multiprocessing import shared_memory

# A separate program: attaching registers the block with a resource
# tracker of its own.
READER = """import sys
from multiprocessing import shared_memory
shm = shared_memory.SharedMemory(name=sys.argv[1])
print("reader read", bytes(shm.buf), flush=True)
sys.stdin.readline()  # wait until the creator is done
shm.close()"""

if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=5)
    shm.buf[:] = b"hello"
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, shm.name], text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)
    print(reader.stdout.readline().strip())
    shm.close()
    shm.unlink()  # done with it: gone from the system
    # communicate() waits for the reader and for its tracker.
    out, err = reader.communicate("done\n")
    print("the reader's tracker, at its exit:")
    print(err, end="")
