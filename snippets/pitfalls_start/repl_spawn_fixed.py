import re
import subprocess
import sys
import tempfile
from pathlib import Path

# The fix: f lives in a file, which a spawn child can import.
TASKS_PY = """\
def f(x):
    print(f"f({x}) = {x * x}")
"""

# At the prompt or with -c: import f from its module.
CODE = """\
import multiprocessing as mp
from tasks import f

ctx = mp.get_context("spawn")
child = ctx.Process(target=f, args=(3,))
child.start()
child.join()
print("child exitcode:", child.exitcode)
"""

# Or a whole program in a file, with the main guard.
SCRIPT_PY = """\
import multiprocessing as mp

def f(x):
    print(f"f({x}) = {x * x}")

if __name__ == "__main__":
    child = mp.get_context("spawn").Process(target=f, args=(3,))
    child.start()
    child.join()
    print("child exitcode:", child.exitcode)
"""

WAYS = {
    "python -c CODE": (["-c", CODE], None),
    "python -i < CODE (the REPL)": (["-q", "-i"], CODE),
    "python script.py": (["script.py"], None),
}

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, "tasks.py").write_text(TASKS_PY)
        Path(folder, "script.py").write_text(SCRIPT_PY)
        for way, (args, stdin) in WAYS.items():
            # Run in the folder that holds the files, as you would.
            result = subprocess.run(
                [sys.executable, *args], input=stdin, text=True,
                capture_output=True, timeout=60, cwd=folder)
            print(way)
            for line in result.stdout.splitlines():
                print("  " + line)
            for line in result.stderr.splitlines():
                if re.match(r"\w+Error: ", line):
                    print("  " + line)
