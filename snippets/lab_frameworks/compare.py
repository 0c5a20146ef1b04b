"""Pool, ProcessPoolExecutor, joblib, Dask and Ray on one machine: what
each costs to start, what each adds per task, and how fast each runs the
same CPU-bound work."""
import logging
import math
import multiprocessing
import os
import platform
import statistics
import threading
import time
from concurrent.futures import ProcessPoolExecutor

WORKERS = 2
ROUNDS = 3
EMPTY_TASKS = 400
JOBS = 8
LIMIT = 60_000  # primes below it: a few tenths of a second of CPU
# Not fork: once Dask and Ray have run, this process holds threads of
# theirs, and a child forked from it gets copies of their locks.
METHOD = ("forkserver" if "forkserver" in
          multiprocessing.get_all_start_methods() else "spawn")


def count_primes(limit):
    return sum(all(n % d for d in range(2, math.isqrt(n) + 1))
               for n in range(2, limit))


def nothing(x):
    return x


def quiet_heartbeat_errors():
    # Run on each Dask worker before the cluster closes: a heartbeat
    # that meets the closing scheduler logs a traceback, noise of no
    # consequence (dask/distributed#7105).
    logging.getLogger("distributed.worker").setLevel(logging.CRITICAL)


class StdPool:
    name = "Pool"

    def start(self):
        ctx = multiprocessing.get_context(METHOD)
        self.pool = ctx.Pool(WORKERS)

    def map(self, fn, items):  # one task per item, as the others
        pending = [self.pool.apply_async(fn, (x,)) for x in items]
        return [p.get() for p in pending]

    def stop(self):
        self.pool.close()
        self.pool.join()


class Executor:
    name = "ProcessPoolExecutor"

    def start(self):
        self.executor = ProcessPoolExecutor(
            WORKERS, mp_context=multiprocessing.get_context(METHOD))

    def map(self, fn, items):
        futures = [self.executor.submit(fn, x) for x in items]
        return [f.result() for f in futures]

    def stop(self):
        self.executor.shutdown()


class Joblib:
    name = "joblib"

    def start(self):
        self.parallel = joblib.Parallel(n_jobs=WORKERS)

    def map(self, fn, items):
        return self.parallel(joblib.delayed(fn)(x) for x in items)

    def stop(self):
        # joblib keeps its workers for the next call; stop them, so
        # every round starts from nothing.
        get_reusable_executor(max_workers=WORKERS).shutdown(wait=True)


class Dask:
    name = "Dask"

    def start(self):
        self.cluster = LocalCluster(
            n_workers=WORKERS, threads_per_worker=1, processes=True,
            # Loopback only, any free port: its web server starts even
            # without a dashboard, and would otherwise take port 8787.
            host="127.0.0.1", dashboard_address="127.0.0.1:0")
        self.client = Client(self.cluster)

    def map(self, fn, items):
        # pure=False: equal calls are still separate tasks.
        return self.client.gather(
            self.client.map(fn, items, pure=False))

    def stop(self):
        self.client.run(quiet_heartbeat_errors)
        self.client.close()
        self.cluster.close()


class Ray:
    name = "Ray"

    def start(self):
        ray.init(address="local", num_cpus=WORKERS,
                 include_dashboard=False, logging_level="error")
        self.remote = {}

    def map(self, fn, items):
        remote = self.remote.setdefault(fn, ray.remote(fn))
        return ray.get([remote.remote(x) for x in items])

    def stop(self):
        ray.shutdown()


def machine():
    if hasattr(os, "sched_getaffinity"):  # the CPUs we may run on
        cpus = len(os.sched_getaffinity(0))
    else:  # Windows and macOS
        cpus = os.cpu_count()
    return (f"machine: {platform.system()} {platform.machine()}, "
            f"{cpus} usable CPUs, {platform.python_implementation()} "
            f"{platform.python_version()}")


def row(label, values, unit):
    # At least three significant digits, even for the smallest.
    d = max(1, 2 - math.floor(math.log10(min(values))))
    return (f"  {label}  {statistics.median(values):.{d}f} {unit}  "
            f"({min(values):.{d}f}, {max(values):.{d}f})")


def measure(way):
    """Start, per-task overhead, the workload; seconds each."""
    clock = time.perf_counter()
    way.start()
    try:
        way.map(nothing, [0])  # ready once a worker has answered
        started = time.perf_counter() - clock
        clock = time.perf_counter()
        assert way.map(nothing, range(EMPTY_TASKS)) == list(
            range(EMPTY_TASKS))
        overhead = (time.perf_counter() - clock) / EMPTY_TASKS
        clock = time.perf_counter()
        counts = way.map(count_primes, [LIMIT] * JOBS)
        work = time.perf_counter() - clock
    finally:
        way.stop()
    return started, overhead, work, counts


if __name__ == "__main__":
    # The libraries are imported here, before any clock starts, and not
    # at the top: processes that import this module (Dask's workers, the
    # pools' under spawn or forkserver) then do not import them too.
    # Ray's servers listen on every network interface by default; this
    # setting, read from Ray's source (ray/_private/services.py), gives
    # a local instance 127.0.0.1, as on Windows and macOS.
    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    import dask
    import joblib
    import ray
    from dask.distributed import Client, LocalCluster
    from joblib.externals.loky import get_reusable_executor

    print(machine())
    print(f"start method of Pool and ProcessPoolExecutor: {METHOD}")
    print(f"versions: joblib {joblib.__version__}, dask "
          f"{dask.__version__}, ray {ray.__version__}")
    ways = [StdPool(), Executor(), Joblib(), Dask(), Ray()]
    starts = {w.name: [] for w in ways}
    overheads = {w.name: [] for w in ways}
    works = {name: [] for name in ["serial", *starts]}
    expected = None
    for round_ in range(ROUNDS):
        clock = time.perf_counter()
        expected = [count_primes(LIMIT) for _ in range(JOBS)]
        works["serial"].append(time.perf_counter() - clock)
        # Each round in another order: a busy moment of the machine
        # then falls on a different way each time.
        for way in ways[round_:] + ways[:round_]:
            started, overhead, work, counts = measure(way)
            assert counts == expected, way.name
            starts[way.name].append(started * 1000)
            overheads[way.name].append(overhead * 1e6)
            works[way.name].append(work)
    print(f"workers: {WORKERS}")
    print(f"start to first result, ms (median of {ROUNDS}; min, max):")
    for name, values in starts.items():
        print(row(name, values, "ms"))
    print(f"per-task overhead, us ({EMPTY_TASKS} empty tasks; "
          f"median of {ROUNDS}; min, max):")
    for name, values in overheads.items():
        print(row(name, values, "us"))
    print(f"{JOBS} prime counts below {LIMIT}, s "
          f"(median of {ROUNDS}; min, max):")
    for name, values in works.items():
        print(row(name, values, "s"))
    print(f"every way found {expected[0]} primes in each job")
    # Dask and Ray are stopped, but threads of theirs may live on.
    names = sorted(t.name for t in threading.enumerate())
    print(f"threads left in this process: {len(names)} "
          f"({', '.join(names)})")
