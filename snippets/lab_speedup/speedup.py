import os
import platform
import statistics
import sys
import sysconfig
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from multiprocessing import Barrier, Pool

try:  # Python 3.14+: an interpreter per worker thread, each with a GIL
    from concurrent.futures import InterpreterPoolExecutor
except ImportError:
    InterpreterPoolExecutor = None

JOBS = 12  # shares out evenly among 1, 2, 3, 4 or 6 workers
LIMIT = 80_000  # tens of milliseconds a job: far more than sending it
REPEATS = 5


def count_primes(limit):
    """CPU-bound pure Python: holds the GIL the whole time."""
    return sum(all(n % d for d in range(2, int(n ** 0.5) + 1))
               for n in range(2, limit))


def job(limit):
    # thread_time: this thread's CPU time, so threads are not mixed up.
    start = time.thread_time()
    count_primes(limit)
    return time.thread_time() - start


def measure(runs):
    """Wall times and CPU times of each way of running the jobs. Rounds
    take turns, so a busy moment of the machine hits them all alike."""
    walls = {key: [] for key in runs}
    cpus = {key: [] for key in runs}
    for _ in range(REPEATS):
        for key, run_all in runs.items():
            start = time.perf_counter()
            cpu = sum(run_all())
            walls[key].append(time.perf_counter() - start)
            cpus[key].append(cpu)
    return walls, {key: statistics.median(c) for key, c in cpus.items()}


def wait_for_all(barrier):
    barrier.wait()  # no worker takes a task until all have started


def row(label, values, unit="s"):
    low, mid, high = min(values), statistics.median(values), max(values)
    print(f"  {label}  {mid:.3f} {unit}  ({low:.3f}, {high:.3f})")


def amdahl_fit(speedups, cpus):
    """Serial fraction f that best fits S(n) = 1 / (f + (1 - f) / p),
    with p = min(n, cpus): a grid search, no libraries needed."""
    def error(f):
        return sum((1 / (f + (1 - f) / min(n, cpus)) - s) ** 2
                   for n, s in speedups.items())
    return min((i / 1000 for i in range(1001)), key=error)


if __name__ == "__main__":
    cpus = (len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity") else os.cpu_count())
    workers = range(1, min(max(4, cpus + 2), 8) + 1)
    print(f"machine: {platform.system()} {platform.machine()}, "
          f"{cpus} usable CPUs, CPython {platform.python_version()}")
    free = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    print("free-threaded build:", "yes" if free else "no")
    # A free-threaded build can turn the GIL back on (PYTHON_GIL=1).
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print("GIL enabled:", "yes" if gil else "no")
    print(f"{JOBS} jobs of count_primes({LIMIT})")

    kinds = ["threads", "processes"]
    if InterpreterPoolExecutor:
        kinds.append("interpreters")
    with ExitStack() as stack:  # closes every pool at the end
        pools = {}
        for n in workers:
            threads = stack.enter_context(ThreadPoolExecutor(n))
            processes = stack.enter_context(
                Pool(n, initializer=wait_for_all, initargs=(Barrier(n),)))
            # Warm up: once a task is back, every worker has started.
            list(threads.map(abs, range(n)))
            processes.map(abs, range(n))
            pools["threads", n] = threads
            pools["processes", n] = processes
            if InterpreterPoolExecutor:
                interps = stack.enter_context(InterpreterPoolExecutor(n))
                # n tasks that overlap start all n interpreters.
                list(interps.map(time.sleep, [0.2] * n))
                pools["interpreters", n] = interps
        runs = {("serial", 1): lambda: [job(LIMIT) for _ in range(JOBS)]}
        for key, pool in pools.items():
            runs[key] = (lambda pool=pool:
                         pool.map(job, [LIMIT] * JOBS, chunksize=1))
        walls, cpu = measure(runs)

    print(f"serial, s (median of {REPEATS}; min, max):")
    row("1", walls["serial", 1])
    results = {}
    for kind in kinds:
        print(f"{kind}, s by workers (median of {REPEATS}; min, max):")
        for n in workers:
            row(str(n), walls[kind, n])
            results[kind, n] = (statistics.median(walls[kind, n]),
                                cpu[kind, n])
    serial = walls["serial", 1]
    serial_cpu = cpu["serial", 1]

    base = statistics.median(serial)
    for kind in kinds:
        print(f"{kind}, speed-up by workers:")
        for n in workers:
            print(f"  {n}  {base / results[kind, n][0]:.2f} x")
    for kind in kinds:
        # CPU time of the jobs over wall time: cores working at once.
        print(f"{kind}, cores busy by workers:")
        for n in workers:
            wall, cpu = results[kind, n]
            print(f"  {n}  {cpu / wall:.2f} cores")
    print(f"CPU time of the jobs, serial: {serial_cpu:.3f} s")
    print("processes, CPU time of the jobs by workers:")
    for n in workers:
        print(f"  {n}  {results['processes', n][1]:.3f} s")
    if cpus > 1:
        # Up to one worker per CPU: beyond, the law predicts a flat line,
        # and workers that take turns can only fall below it.
        speedups = {n: base / results["processes", n][0]
                    for n in workers if n <= cpus}
        print(f"serial fraction (Amdahl fit): "
              f"{amdahl_fit(speedups, cpus):.3f}")
