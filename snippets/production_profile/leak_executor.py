import os
import tracemalloc
from concurrent.futures import ProcessPoolExecutor

MiB = 2 ** 20
CACHE = []  # module-level: lives as long as the worker does


def setup():
    tracemalloc.start()  # count this worker's Python allocations


def leaky_task(task):
    CACHE.append(b"x" * MiB)  # 1 MiB kept after the task: a leak
    traced, _ = tracemalloc.get_traced_memory()
    return os.getpid(), traced / MiB


if __name__ == "__main__":
    # Python 3.11+. Without mp_context, the workers are started with
    # spawn whatever the default method.
    with ProcessPoolExecutor(2, initializer=setup,
                             max_tasks_per_child=3) as pool:
        # One task at a time: with a backlog, some versions stop
        # replacing retired workers and hang (CPython issue 115634).
        reports = [pool.submit(leaky_task, t).result(timeout=60)
                   for t in range(12)]
    workers = {}  # PID: (tasks run, last traced size)
    for pid, traced in reports:
        workers[pid] = (workers.get(pid, (0,))[0] + 1, traced)
    print(f"max_tasks_per_child=3: 12 tasks ran in "
          f"{len(workers)} workers")
    for tasks, traced in workers.values():
        print(f"  {tasks:2} task{'s' * (tasks != 1)}: traced "
              f"{traced:4.1f} MiB")
