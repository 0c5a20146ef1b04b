from concurrent.futures import ProcessPoolExecutor
from multiprocessing import current_process


def worker_name(task):
    return current_process().name


if __name__ == "__main__":
    # Python 3.11+: each worker exits after 2 tasks and a fresh one
    # replaces it, which bounds what a leaky task can accumulate.
    with ProcessPoolExecutor(max_workers=1,
                             max_tasks_per_child=2) as pool:
        # One task at a time: with a backlog of queued tasks, some
        # Python versions stop replacing workers and hang (see the
        # page, CPython issue 115634).
        names = [pool.submit(worker_name, task).result()
                 for task in range(6)]
    for task, name in enumerate(names):
        print(f"task {task} ran in {name}")
    print("workers used:", len(set(names)))
