import multiprocessing
import os
import pickle
import time


def count_primes(limit):
    return sum(all(n % d for d in range(2, int(n ** 0.5) + 1))
               for n in range(2, limit))


def fetch(seconds):
    time.sleep(seconds)  # stands for waiting on a disk or a network
    return "page"


def build(count):
    return list(range(count))  # a large result to send back


def timed(submitted, work, arg):
    """Run work(arg) in a worker and measure each part of its way."""
    started = time.time()  # the one clock all processes share
    wall, cpu = time.perf_counter(), time.process_time()
    result = work(arg)
    wall = time.perf_counter() - wall
    cpu = time.process_time() - cpu
    pickling = time.perf_counter()
    data = pickle.dumps(result)  # what the pool would do after return
    pickling = time.perf_counter() - pickling
    return {"pid": os.getpid(), "waited": started - submitted,
            "start": started, "wall": wall, "cpu": cpu,
            "pickle": pickling, "bytes": len(data), "data": data}


TASKS = [(count_primes, 100_000), (fetch, 0.5), (build, 1_000_000),
         (count_primes, 100_000), (fetch, 0.5), (build, 1_000_000)]

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        pending = [pool.apply_async(timed, (time.time(), work, arg))
                   for work, arg in TASKS]
        reports = [p.get(timeout=60) for p in pending]
    print("task          waited   wall    cpu  pickle     bytes"
          "  unpickle")
    for (work, _), r in zip(TASKS, reports):
        unpickling = time.perf_counter()
        pickle.loads(r["data"])
        unpickling = time.perf_counter() - unpickling
        print(f"{work.__name__:<12} {r['waited']:6.3f} {r['wall']:6.3f}"
              f" {r['cpu']:6.3f} {r['pickle']:7.3f} {r['bytes']:9}"
              f" {unpickling:9.3f}")
    print("workers:", len({r["pid"] for r in reports}))
