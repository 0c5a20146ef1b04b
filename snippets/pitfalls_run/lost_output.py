import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# A program whose children print without flush=True, then end in ways
# that skip the flush a normal exit does.
PROGRAM = """\
import multiprocessing as mp
import os
import sys
import threading

def exit_at_once():
    print("child 1: printed, then os._exit(0)")
    os._exit(0)

def wait_to_be_killed(printed):
    print("child 2: printed, then terminated")
    printed.set()
    threading.Event().wait()  # for ever

if __name__ == "__main__":
    mp.set_start_method(sys.argv[1])
    one = mp.Process(target=exit_at_once)
    one.start()
    one.join()
    printed = mp.Event()
    two = mp.Process(target=wait_to_be_killed, args=(printed,))
    two.start()
    printed.wait()
    two.terminate()
    two.join()
    print("parent: exit codes", one.exitcode, two.exitcode)
"""

if __name__ == "__main__":
    # PYTHONUNBUFFERED=1 (often set in containers) would flush every
    # print: drop it, as most machines do not set it.
    env = {k: v for k, v in os.environ.items()
           if k != "PYTHONUNBUFFERED"}
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "program.py").write_text(PROGRAM)
        # stdout is a pipe, as with `python program.py > log.txt`
        result = subprocess.run(
            [sys.executable, "program.py", mp.get_start_method()],
            cwd=folder, env=env, capture_output=True, text=True,
            timeout=60)
    print("python program.py > log.txt; log.txt holds:")
    for line in result.stdout.splitlines():
        print("  " + line)
