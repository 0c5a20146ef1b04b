import multiprocessing
import os
import sys
import tracemalloc

try:
    import resource  # POSIX only: Windows has no resource module
except ImportError:
    resource = None

MiB = 2 ** 20
CACHE = []  # module-level: lives as long as the worker does


def setup():
    tracemalloc.start()  # trace this worker's Python allocations


def peak_rss():
    """This process's peak resident memory in MiB, or None."""
    if resource is None:
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    return peak / MiB if sys.platform == "darwin" else peak / 1024


def leaky_task(task):
    CACHE.append(b"x" * MiB)  # 1 MiB kept after the task: a leak
    traced, _ = tracemalloc.get_traced_memory()
    # The line of code that holds the most traced memory:
    top = tracemalloc.take_snapshot().statistics("lineno")[0]
    line = top.traceback[0].lineno
    return os.getpid(), traced / MiB, line, peak_rss()


def run(maxtasksperchild):
    with multiprocessing.Pool(2, setup,
                              maxtasksperchild=maxtasksperchild) as pool:
        reports = pool.map(leaky_task, range(12), chunksize=1)
    workers = {}  # PID: [tasks run, then the last task's figures]
    for pid, *figures in reports:
        workers[pid] = [workers.get(pid, [0])[0] + 1, *figures]
    count = len(workers)
    print(f"maxtasksperchild={maxtasksperchild}: 12 tasks ran in "
          f"{count} worker{'s' * (count != 1)}")
    for tasks, traced, line, rss in workers.values():
        rss = "n/a" if rss is None else f"{rss:.0f} MiB"
        print(f"  {tasks:2} task{'s' * (tasks != 1)}: traced "
              f"{traced:4.1f} MiB, most from line {line}, "
              f"peak RSS {rss}")


if __name__ == "__main__":
    run(None)
    run(3)
