import math
import os
from pathlib import Path


def cgroup_quota():
    """CPUs' worth of time per period the cgroup allows, or None."""
    v2 = Path("/sys/fs/cgroup/cpu.max")
    v1 = Path("/sys/fs/cgroup/cpu/cpu.cfs_quota_us")
    if v2.is_file():
        quota, period = v2.read_text().split()
        print(f"cgroup v2 cpu.max: {quota} {period}")
        return None if quota == "max" else int(quota) / int(period)
    if v1.is_file():
        quota = int(v1.read_text())
        period = int(v1.with_name("cpu.cfs_period_us").read_text())
        print(f"cgroup v1 cpu.cfs_quota_us: {quota},"
              f" cpu.cfs_period_us: {period}")
        return None if quota < 0 else quota / period  # -1: no quota
    print("no cgroup CPU files here (not Linux, or not mounted)")
    return None


if __name__ == "__main__":
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        usable = os.process_cpu_count()
    elif hasattr(os, "sched_getaffinity"):  # Linux
        usable = len(os.sched_getaffinity(0))
    else:
        usable = os.cpu_count()
    print("CPUs this process may use:", usable)
    quota = cgroup_quota()
    if quota is None:
        print("CPU quota: none")
        workers = usable
    else:
        print(f"CPU quota: {quota:g} CPUs' worth of time")
        # more workers than the quota only take turns
        workers = min(usable, max(1, math.ceil(quota)))
    print("workers for CPU-bound work:", workers)
