import multiprocessing as mp
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# A program with no main guard that makes its pool at import time.
PROGRAM = """\
import multiprocessing as mp

def square(x):
    return x * x

with {pool} as pool:
    print(pool.map(square, range(5)))
"""

# The same program with spawn, then with this Python's default method.
POOLS = {
    "spawn": 'mp.get_context("spawn").Pool(2)',
    mp.get_all_start_methods()[0] + " (the default)": "mp.Pool(2)",
}
ENOUGH = 4  # failed starts: both workers, then both replacements


def run(folder):
    """Run program.py, and stop it after ENOUGH failed starts:
    (exit code or None if stopped, its stdout, its stderr lines)."""
    # A killed program removes none of its temporary files (a fork
    # server's socket): they go into the folder, which is removed after.
    program = subprocess.Popen(
        [sys.executable, "program.py"], cwd=folder, text=True,
        env=dict(os.environ, TMPDIR=folder),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines, failed, waiting = [], 0, False
    for line in program.stderr:
        lines.append(line.rstrip())
        failed += line.startswith("RuntimeError")
        if failed == ENOUGH:
            waiting = program.poll() is None
            program.kill()  # it would wait for ever
            break
    program.stderr.read()  # until its last process has closed it
    stdout = program.communicate()[0]
    return None if waiting else program.returncode, stdout, lines


if __name__ == "__main__":
    for method, pool in POOLS.items():
        print(method + ":")
        with tempfile.TemporaryDirectory() as folder:
            Path(folder, "program.py").write_text(
                PROGRAM.format(pool=pool))
            code, stdout, lines = run(folder)
        failed = [n for n, line in enumerate(lines)
                  if line.startswith("RuntimeError")]
        if failed:  # the message starts on the next line
            print("  RuntimeError:", lines[failed[0] + 1].strip())
        if code is None:
            print(f"  still waiting after {len(failed)} failed starts")
        elif code:  # it ended by itself: its last error
            errors = [line for line in lines
                      if re.match(r"[\w.]+(Error|Exception)\b", line)]
            print(f"  exit code {code}:", errors[-1])
        else:
            print(f"  exit code 0, printed {stdout.strip()}")
