import math
import re

from snippet_checks import checks


def _version(run):
    return tuple(map(int, run.python.split()[1].split(".")[:2]))


def _threads(line, label):
    match = re.fullmatch(rf"{label}: threads per worker \[([\d, ]+)\]"
                         r"(?:, (\d+\.\d{3}) s)?", line)
    assert match, line
    return [int(n) for n in match[1].split(", ")], match[2]


@checks("sizing/default_pool_size.py")
def test_default_pool_size(run):
    # Linux here: the snippet restricts itself to one CPU
    assert run.lines[:2] == ["CPUs this process may use: 1",
                             f"os.cpu_count(): {run.cpu_count}"]
    if _version(run) >= (3, 13):
        # Pool() sizes itself by the CPUs this process may use
        assert run.lines[2:] == ["os.process_cpu_count(): 1",
                                 "Pool() workers: 1"]
    else:
        # ... before 3.13, by every CPU in the machine
        assert run.lines[2:] == [
            "os.process_cpu_count(): not in this Python",
            f"Pool() workers: {run.cpu_count}"]


@checks("sizing/python_cpu_count.py")
def test_python_cpu_count(run):
    unset, counts, one, counts_one = run.lines
    assert (unset, one) == ("PYTHON_CPU_COUNT unset:", "PYTHON_CPU_COUNT=1:")
    # the runner clears PYTHON* variables: the machine's own counts
    match = re.fullmatch(r"  os.cpu_count\(\) (\d+), os.process_cpu_count"
                         r"\(\) (\d+), Pool\(\) workers (\d+)", counts)
    assert match, counts
    cpus, usable, workers = map(int, match.groups())
    assert cpus == run.cpu_count
    assert 1 <= usable <= cpus
    assert workers == usable  # 3.13: Pool() follows process_cpu_count()
    assert counts_one == ("  os.cpu_count() 1, os.process_cpu_count() 1,"
                          " Pool() workers 1")


@checks("sizing/cpu_quota.py")
def test_cpu_quota(run):
    first, found, quota_line, workers_line = run.lines
    usable = int(first.removeprefix("CPUs this process may use: "))
    assert 1 <= usable <= run.cpu_count
    workers = int(workers_line.removeprefix(
        "workers for CPU-bound work: "))
    v2 = re.fullmatch(r"cgroup v2 cpu\.max: (max|\d+) (\d+)", found)
    v1 = re.fullmatch(r"cgroup v1 cpu\.cfs_quota_us: (-?\d+),"
                      r" cpu\.cfs_period_us: (\d+)", found)
    match = v2 or v1
    assert match or found == (
        "no cgroup CPU files here (not Linux, or not mounted)")
    if match and match[1] not in ("max", "-1"):
        quota = int(match[1]) / int(match[2])
        assert quota_line == f"CPU quota: {quota:g} CPUs' worth of time"
        assert workers == min(usable, max(1, math.ceil(quota)))
    else:
        assert quota_line == "CPU quota: none"
        assert workers == usable


@checks("sizing/blas_threads.py")
def test_blas_threads(run):
    first, default, limited, same = run.lines
    workers = int(first.removeprefix("workers (one per usable CPU): "))
    assert 1 <= workers <= run.cpu_count
    counts, seconds = _threads(default, "BLAS default")
    # OpenBLAS starts a thread per usable CPU, the worker's own included
    assert len(counts) == 1
    assert (counts[0] == 1) if workers == 1 else (
        2 <= counts[0] <= workers)
    assert float(seconds) > 0
    counts, seconds = _threads(limited, "one BLAS thread")
    assert counts == [1]  # the worker's main thread, nothing else
    assert float(seconds) > 0
    assert same == "same results: True"


@checks("sizing/blas_fork.py")
def test_blas_fork(run):
    found, cpus, fork, forkserver, spawn = run.lines
    # a variable set before the start would make every row 1
    assert found == "BLAS variables set at start: none"
    cpus = int(cpus.removeprefix("CPUs this process may use: "))
    # the parent loaded BLAS before setting the variables: a forked
    # worker inherits that BLAS as it was configured, a spawned one
    # loads it anew and reads them
    counts, _ = _threads(fork, "fork")
    assert len(counts) == 1
    assert (counts[0] == 1) if cpus == 1 else (2 <= counts[0] <= cpus)
    # the fork server starts at first use, with the variables set
    assert _threads(forkserver, "forkserver")[0] == [1]
    assert _threads(spawn, "spawn")[0] == [1]
