import re
import subprocess
import sys
import tempfile
from multiprocessing import shared_memory
from pathlib import Path

# Two programs that leave work for the resource tracker, the helper
# process that removes named semaphores and shared memory at the end.
PROGRAMS = {
    "killed while its spawn Lock exists": """\
import multiprocessing as mp
import os

if __name__ == "__main__":
    lock = mp.get_context("spawn").Lock()
    os._exit(1)  # as a kill or a crash would: no cleanup runs
""",
    "SharedMemory never unlinked": """\
from multiprocessing import shared_memory

if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=1024)
    print(block.name)
    block.close()  # closed here, but never unlinked
""",
}

if __name__ == "__main__":
    for what, program in PROGRAMS.items():
        with tempfile.TemporaryDirectory() as folder:
            Path(folder, "program.py").write_text(program)
            result = subprocess.run(
                [sys.executable, "program.py"], cwd=folder,
                text=True, capture_output=True, timeout=60)
        print(f"{what}: exit code {result.returncode}")
        # The tracker's warning, without its file name and the
        # resources' random names that 3.13 and later append.
        warnings = re.findall(r"UserWarning: .*?at shutdown",
                              result.stderr)
        for warning in warnings or ["no warning"]:
            print("  " + warning)
        if result.stdout:  # the block's name: is it still there?
            try:
                shared_memory.SharedMemory(result.stdout.strip()).close()
                print("  the block is still there")
            except FileNotFoundError:
                print("  the block is gone: the tracker removed it")
