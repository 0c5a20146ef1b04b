import cProfile
import multiprocessing
import sys
import time


def profiler_on():
    """Does a profiler record this process? (3.12+: sys.monitoring)"""
    monitoring = getattr(sys, "monitoring", None)
    if monitoring is not None:
        return monitoring.get_tool(monitoring.PROFILER_ID) is not None
    return sys.getprofile() is not None


def task(limit):
    cpu = time.process_time()
    sum(all(n % d for d in range(2, int(n ** 0.5) + 1))
        for n in range(2, limit))
    return profiler_on(), time.process_time() - cpu


if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        _, plain = pool.apply(task, (50_000,))
    with cProfile.Profile():  # as in the first script
        with multiprocessing.Pool(1) as pool:
            recorded, profiled = pool.apply(task, (50_000,))
    print("a profiler records the worker:", recorded)
    print(f"the task's CPU time: {plain:.3f} s with no profiler in "
          f"the parent, {profiled:.3f} s with one")
