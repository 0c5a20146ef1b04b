import subprocess
import sys
from multiprocessing import shared_memory

# A separate Python program, not started by multiprocessing: it has
# a resource tracker of its own if it registers the block.
READER = """
import sys
from multiprocessing import shared_memory
track = sys.argv[2] == "True"
shm = shared_memory.SharedMemory(name=sys.argv[1], track=track)
print(bytes(shm.buf))
shm.close()
"""


def still_there(name):
    try:
        shared_memory.SharedMemory(name=name, track=False).close()
    except FileNotFoundError:
        return False
    return True


if __name__ == "__main__":
    for track in (True, False):
        # track=False: no tracker will unlink it; this script does.
        shm = shared_memory.SharedMemory(
            create=True, size=5, track=False)
        try:
            shm.buf[:] = b"hello"
            # capture_output waits for the reader and its tracker.
            reader = subprocess.run(
                [sys.executable, "-c", READER, shm.name, str(track)],
                capture_output=True, text=True)
            print(f"reader with track={track} read",
                  reader.stdout.strip())
            warned = "leaked shared_memory" in reader.stderr
            print("  its tracker warned of a leak:", warned)
            print("  block still there:", still_there(shm.name))
        finally:
            shm.close()
            try:
                shm.unlink()
            except FileNotFoundError:
                pass  # the reader's tracker unlinked it already
