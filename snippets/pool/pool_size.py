import multiprocessing
import os


def worker_pid(_):
    return os.getpid()


if __name__ == "__main__":
    print("os.cpu_count():", os.cpu_count())
    if not hasattr(os, "sched_setaffinity"):
        print("no os.sched_setaffinity here (it is Linux-only):")
        print("cannot limit this process to one CPU to show it")
    else:
        # Keep one CPU of those we may use (CPU 0 may not be one).
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        print("CPUs this process may use now:",
              len(os.sched_getaffinity(0)))
        if hasattr(os, "process_cpu_count"):  # Python 3.13+
            print("os.process_cpu_count():", os.process_cpu_count())
        else:
            print("os.process_cpu_count(): not in this Python")
        with multiprocessing.Pool() as pool:  # default size
            workers = multiprocessing.active_children()
            print("workers Pool() started:", len(workers))
