import os
import subprocess
import sys

CODE = """
import multiprocessing as mp, os
with mp.Pool() as pool:
    workers = len(mp.active_children())
print(os.cpu_count(), os.process_cpu_count(), workers)
"""

if __name__ == "__main__":
    for value in (None, "1"):
        env = dict(os.environ)
        env.pop("PYTHON_CPU_COUNT", None)
        if value is not None:
            env["PYTHON_CPU_COUNT"] = value
        # The variable is read when the interpreter starts: a new one
        out = subprocess.run([sys.executable, "-c", CODE], env=env,
                             capture_output=True, text=True, check=True)
        cpus, usable, workers = out.stdout.split()
        setting = " unset" if value is None else f"={value}"
        print(f"PYTHON_CPU_COUNT{setting}:")
        print(f"  os.cpu_count() {cpus}, os.process_cpu_count() {usable},"
              f" Pool() workers {workers}")
