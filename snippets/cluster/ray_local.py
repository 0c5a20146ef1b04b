"""The same CPU-bound function on a local Ray instance with 2 CPUs."""
import logging
import os

# Ray's servers listen on every network interface by default. This
# setting, read from Ray's source (ray/_private/services.py), gives a
# local instance 127.0.0.1, as on Windows and macOS: loopback only.
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"

import ray


@ray.remote
def count_primes(n):
    """Pure Python, CPU-bound: how many primes are below n."""
    count = 0
    for k in range(2, n):
        if all(k % d for d in range(2, int(k ** 0.5) + 1)):
            count += 1
    return count


if __name__ == "__main__":
    # A new Ray instance of its own, even if one runs here already,
    # with 2 CPUs and no dashboard; this script's Ray logger shows
    # only errors.
    # A real cluster instead: ray.init(address="auto") on one of its
    # nodes, or ray.init(address="ray://head-host:10001") from outside.
    ray.init(address="local", num_cpus=2, include_dashboard=False,
             logging_level=logging.ERROR)
    try:
        print("head:", ray.get_runtime_context().gcs_address)
        print("CPUs:", int(ray.cluster_resources()["CPU"]))

        ref = count_primes.remote(100_000)
        print("remote, get():", ray.get(ref))

        refs = [count_primes.remote(n) for n in (10_000, 20_000, 30_000)]
        print("remote x3, get():", ray.get(refs))
    finally:
        ray.shutdown()
