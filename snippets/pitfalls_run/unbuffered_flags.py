import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# The program from lost_output.py: no flush=True in the children.
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
    plain = {k: v for k, v in os.environ.items()
             if k != "PYTHONUNBUFFERED"}
    # -u only unbuffers the interpreter it is given to; the variable
    # is inherited by every process that interpreter starts.
    ways = {
        "python -u program.py": (["-u"], plain),
        "PYTHONUNBUFFERED=1 python program.py":
            ([], dict(plain, PYTHONUNBUFFERED="1")),
    }
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "program.py").write_text(PROGRAM)
        for way, (flags, env) in ways.items():
            result = subprocess.run(
                [sys.executable, *flags, "program.py",
                 mp.get_start_method()],
                cwd=folder, env=env, capture_output=True, text=True,
                timeout=60)
            print(f"{way} > log.txt; log.txt holds:")
            for line in result.stdout.splitlines():
                print("  " + line)
