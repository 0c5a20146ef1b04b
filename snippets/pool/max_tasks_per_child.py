import os
from concurrent.futures import ProcessPoolExecutor


def worker_pid(task):
    return os.getpid()


if __name__ == "__main__":
    # Python 3.11+: each worker exits after 2 tasks and a fresh one
    # replaces it, which bounds what a leaky task can accumulate.
    with ProcessPoolExecutor(max_workers=1,
                             max_tasks_per_child=2) as pool:
        # One task at a time: see the warning on the page about map().
        pids = [pool.submit(worker_pid, task).result()
                for task in range(6)]
    numbers = {}
    for task, pid in enumerate(pids):
        number = numbers.setdefault(pid, len(numbers) + 1)
        print(f"task {task} ran in worker #{number}")
    print("workers used:", len(numbers))
