import os
import signal
import sys
from multiprocessing import resource_tracker, shared_memory

if __name__ == "__main__":
    if sys.platform == "win32":
        print("no resource tracker on Windows")
        sys.exit(0)
    first = shared_memory.SharedMemory(create=True, size=16)
    # Stand-in for the OOM killer or a `kill -9`: kill the tracker.
    pid = resource_tracker._resource_tracker._pid
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    print("tracker killed")
    second = shared_memory.SharedMemory(create=True, size=16)
    print("second block created")
    for block in (first, second):
        block.close()
        block.unlink()
