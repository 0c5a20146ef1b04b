import re
import subprocess
import sys

# What a reader types at the >>> prompt: no main guard, and no file.
CODE = """\
import multiprocessing as mp

def f(x):
    print(f"f({x}) = {x * x}")

ctx = mp.get_context("spawn")
child = ctx.Process(target=f, args=(3,))
child.start()
child.join()
print("child exitcode:", child.exitcode)
"""

# The same code, three ways into an interpreter that has no file for it.
WAYS = {
    "python -c CODE": (["-c", CODE], None),
    "python - < CODE (a script on stdin)": (["-"], CODE),
    "python -i < CODE (the REPL)": (["-q", "-i"], CODE),
}

if __name__ == "__main__":
    for way, (args, stdin) in WAYS.items():
        result = subprocess.run(
            [sys.executable, *args], input=stdin, text=True,
            capture_output=True, timeout=60)
        print(way)
        print("  " + result.stdout.strip())
        # The last line of the child's traceback: the error itself.
        for line in result.stderr.splitlines():
            if re.match(r"\w+Error: ", line):
                print("  " + line)
