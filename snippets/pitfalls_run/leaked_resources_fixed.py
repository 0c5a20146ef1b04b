import re
import subprocess
import sys
import tempfile
from pathlib import Path

# The same two programs, fixed: each cleans up what it created.
PROGRAMS = {
    "ends normally while its spawn Lock exists": """\
import multiprocessing as mp

if __name__ == "__main__":
    lock = mp.get_context("spawn").Lock()
""",
    "SharedMemory unlinked by its creator": """\
from multiprocessing import shared_memory

if __name__ == "__main__":
    block = shared_memory.SharedMemory(create=True, size=1024)
    try:
        block.buf[0] = 1  # the program's work
    finally:
        block.close()
        block.unlink()  # once, by the process that created it
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
        warnings = re.findall(r"UserWarning: .*?at shutdown",
                              result.stderr)
        for warning in warnings or ["no warning"]:
            print("  " + warning)
