"""Run test_pool alone, then the whole of test_thread_then_pool.py, with
the pytest command and a 10-second limit per test (pytest-timeout)."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTEST = shutil.which("pytest", path=str(Path(sys.executable).parent))
TESTS = "test_thread_then_pool.py"


def run_tests(folder, target):
    done = subprocess.run(
        [PYTEST, "-q", "--timeout=10", "-rf", target],
        cwd=folder, capture_output=True, text=True,
        env={**os.environ, "COLUMNS": "200"})
    failed = [line for line in done.stdout.splitlines()
              if line.startswith("FAILED")]
    summary = done.stdout.splitlines()[-1].split(" in ")[0]
    print(f"{target}: {summary}")
    for line in failed:
        print("  " + line)
    # Python's own warning, from 3.12, when a thread runs at a fork.
    for warning in sorted(set(re.findall(
            r"DeprecationWarning: This process .*? is multi-threaded",
            done.stdout))):
        print("  warning:", re.sub(r"pid=\d+", "pid=…", warning))


if __name__ == "__main__":
    default = subprocess.run(
        [sys.executable, "-c", "import multiprocessing as mp; "
         "print(mp.get_start_method())"],
        capture_output=True, text=True).stdout.strip()
    print("pytest's start method (its Python's default):", default)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(HERE / TESTS, tmp)
        run_tests(tmp, TESTS + "::test_pool")
        run_tests(tmp, TESTS)
