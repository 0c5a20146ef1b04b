import multiprocessing

from mpire import WorkerPool


def setup(worker_state):
    # Runs once in each worker, before its first task: the place for
    # an expensive setup such as loading a model or opening a file.
    worker_state["squares"] = {n: n * n for n in range(100)}
    worker_state["tasks"] = 0


def lookup(worker_state, n):
    worker_state["tasks"] += 1
    return worker_state["squares"][n]


def tasks_done(worker_state):
    return worker_state["tasks"]


if __name__ == "__main__":
    # mpire uses fork wherever it exists (macOS too) unless told
    # otherwise; follow the start method of multiprocessing instead.
    method = multiprocessing.get_start_method()
    with WorkerPool(n_jobs=2, use_worker_state=True,
                    start_method=method) as pool:
        results = pool.map(lookup, range(10), worker_init=setup,
                           worker_exit=tasks_done)
        counts = pool.get_exit_results()
    print("start method:", method)
    print("results:", results)
    print("tasks per worker:", sorted(counts), "total:", sum(counts))
