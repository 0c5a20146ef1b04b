"""The same CPU-bound function on a Dask cluster of two local workers."""
import logging
from urllib.parse import urlsplit

from dask.distributed import Client, LocalCluster


def count_primes(n):
    """Pure Python, CPU-bound: how many primes are below n."""
    count = 0
    for k in range(2, n):
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            count += 1
    return count


def quiet_heartbeat_errors():
    # A worker whose heartbeat meets the closing scheduler logs a
    # traceback, noise of no consequence (dask/distributed#7105).
    logging.getLogger("distributed.worker").setLevel(logging.CRITICAL)


if __name__ == "__main__":
    # A scheduler and 2 worker processes of 1 thread each, like a
    # Pool(2), all listening on loopback only; port 0 = any free port.
    with LocalCluster(n_workers=2, threads_per_worker=1,
                      processes=True, host="127.0.0.1",
                      dashboard_address="127.0.0.1:0") as cluster, \
            Client(cluster) as client:
        # A real cluster instead: replace the two lines above with
        # with Client("tcp://scheduler-host:8786") as client:
        address = client.scheduler.address
        print("scheduler:", address)
        print("scheduler host:", urlsplit(address).hostname)
        print("dashboard (not fetched):", client.dashboard_link)
        workers = client.scheduler_info()["workers"]
        print("workers:", len(workers))
        print("worker hosts:",
              sorted({urlsplit(w).hostname for w in workers}))

        future = client.submit(count_primes, 100_000)
        print("submit, result():", future.result())

        futures = client.map(count_primes, [10_000, 20_000, 30_000])
        print("map, gather():", client.gather(futures))
        # Last, just before the with block closes everything.
        client.run(quiet_heartbeat_errors)
