import multiprocessing
import os
import re
import warnings


def worker_pid(task):
    return os.getpid()


def recycle(method, show_all):
    """Run 3 tasks, a fresh worker for each; record the warnings."""
    context = multiprocessing.get_context(method)
    with warnings.catch_warnings(record=True) as caught:
        if show_all:  # like python -W always
            warnings.simplefilter("always")
        with context.Pool(1, maxtasksperchild=1) as pool:
            pids = {pool.apply(worker_pid, (t,)) for t in range(3)}
    messages = [re.sub(r"pid=\d+", "pid=N", str(w.message))
                for w in caught
                if issubclass(w.category, DeprecationWarning)]
    return len(pids), messages


if __name__ == "__main__":
    runs = [("fork", False), ("fork", True),
            ("forkserver", True), ("spawn", True)]
    seen = set()
    for method, show_all in runs:
        filters = "all warnings on" if show_all else "default filters"
        if method not in multiprocessing.get_all_start_methods():
            print(f"{method}: not available on this platform")
            continue
        workers, messages = recycle(method, show_all)
        print(f"{method}, {filters}: {workers} workers,",
              "DeprecationWarning" if messages else "no warning")
        seen.update(messages)
    for message in sorted(seen):
        print(message)
