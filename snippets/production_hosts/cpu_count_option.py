import multiprocessing
import os
import subprocess
import sys

# Run in a new interpreter, with the start method of this program
CODE = """
import multiprocessing as mp, os, sys
mp.set_start_method(sys.argv[1])
usable = getattr(os, "process_cpu_count", lambda: "missing")()
with mp.Pool() as pool:
    workers = len(mp.active_children())
    in_worker = pool.apply(os.cpu_count)
print(os.cpu_count(), usable, workers, in_worker)
"""

if __name__ == "__main__":
    method = multiprocessing.get_start_method()
    env = {k: v for k, v in os.environ.items()
           if k != "PYTHON_CPU_COUNT"}
    for option in ([], ["-X", "cpu_count=1"]):
        out = subprocess.run([sys.executable, *option, "-c", CODE,
                              method], env=env, capture_output=True,
                             text=True, check=True)
        cpus, usable, workers, in_worker = out.stdout.split()
        print(" ".join(["python", *option]) + ":")
        print(f"  os.cpu_count() {cpus}, os.process_cpu_count()"
              f" {usable}")
        print(f"  Pool() workers {workers}, os.cpu_count() in a worker"
              f" {in_worker}")
