import multiprocessing as mp
import os

if __name__ == "__main__":
    if hasattr(os, "sched_setaffinity"):  # Linux
        # Let this process, and so its workers, run on one CPU only,
        # as a job scheduler or `taskset -c 0` would.
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        print("CPUs this process may use:", len(os.sched_getaffinity(0)))
    else:
        print("os.sched_setaffinity: not on this platform")
    print("os.cpu_count():", os.cpu_count())
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        print("os.process_cpu_count():", os.process_cpu_count())
    else:
        print("os.process_cpu_count(): not in this Python")
    with mp.Pool() as pool:
        # Pool() starts all its workers before it returns
        print("Pool() workers:", len(mp.active_children()))
