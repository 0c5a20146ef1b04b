import subprocess
import sys

# Each line runs in a new interpreter, which then reports whether it
# loaded multiprocessing.synchronize: the module that every Lock,
# Semaphore, Event and Condition of multiprocessing comes from
BUILDS = {
    "Pipe()": "mp.Pipe()",
    "Process(...).start()": "p = mp.Process(target=abs, args=(1,));"
                            " p.start(); p.join()",
    "Lock()": "mp.Lock()",
    "Queue()": "mp.Queue()",
    "SimpleQueue()": "mp.SimpleQueue()",
    "Value('i', 0)": "mp.Value('i', 0)",
    "Pool()": "mp.Pool(1).terminate()",
    "pool.ThreadPool()": "mp.pool.ThreadPool(1).terminate()",
    "ProcessPoolExecutor()": "cf.ProcessPoolExecutor(1).shutdown()",
    "ThreadPoolExecutor()": "cf.ThreadPoolExecutor(1).shutdown()",
}
CODE = """
import concurrent.futures as cf, sys
import multiprocessing as mp, multiprocessing.pool
if __name__ == "__main__":
    {}
    print("multiprocessing.synchronize" in sys.modules)
"""

if __name__ == "__main__":
    print("loads multiprocessing.synchronize (named semaphores):")
    for name, build in BUILDS.items():
        out = subprocess.run([sys.executable, "-c", CODE.format(build)],
                             capture_output=True, text=True, check=True)
        answer = "yes" if out.stdout.split()[-1] == "True" else "no"
        print(f"  {name:22} {answer}")
