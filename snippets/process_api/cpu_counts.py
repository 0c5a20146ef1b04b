import multiprocessing as mp
import os


if __name__ == "__main__":
    print("multiprocessing.cpu_count():", mp.cpu_count())
    print("os.cpu_count():             ", os.cpu_count())
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        print("os.process_cpu_count():     ", os.process_cpu_count())
    else:
        print("os.process_cpu_count():      not in this Python")
    if hasattr(os, "sched_getaffinity"):  # Linux and some other POSIX
        usable = len(os.sched_getaffinity(0))
        print("len(os.sched_getaffinity(0)):", usable)
    else:
        print("os.sched_getaffinity:        not on this platform")
