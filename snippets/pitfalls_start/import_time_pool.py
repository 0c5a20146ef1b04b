import re
import subprocess
import sys
import tempfile
from pathlib import Path

# A program with no main guard that makes its pool at import time.
# (Without the timeout on get(), it would wait for ever.)
PROGRAM = """\
import multiprocessing as mp

def square(x):
    return x * x

with mp.get_context("spawn").Pool(2) as pool:
    print(pool.map_async(square, range(5)).get(timeout=5))
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "program.py").write_text(PROGRAM)
        result = subprocess.run(
            [sys.executable, "program.py"], cwd=folder, text=True,
            capture_output=True, timeout=60)
    lines = result.stderr.splitlines()
    # Each failed worker printed a RuntimeError, message on next line.
    failed = [n for n, line in enumerate(lines)
              if line.startswith("RuntimeError")]
    # The program's own traceback comes last, after its workers' ones;
    # a resource tracker warning about leaked semaphores may follow it.
    errors = [line for line in lines
              if re.match(r"[\w.]+(Error|Exception)\b", line)]
    print("program.py exit code:", result.returncode)
    print("it raised:", errors[-1])
    print("workers that failed to start:", len(failed))
    print("each with: RuntimeError:", lines[failed[0] + 1].strip())
