import logging
import os

# As in the cluster examples: loopback only.
os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"

from multiprocessing import Value

import ray


@ray.remote
def add_one(counter):
    with counter.get_lock():
        counter.value += 1


@ray.remote
class Counter:
    """Ray's way to share a count: one actor process holds it."""

    def __init__(self):
        self.value = 0

    def add_one(self):
        self.value += 1
        return self.value


if __name__ == "__main__":
    ray.init(address="local", num_cpus=2, include_dashboard=False,
             logging_level=logging.ERROR)
    try:
        try:
            add_one.remote(Value("i", 0))
        except RuntimeError as error:
            print(f"{type(error).__name__}: {error}")
        counter = Counter.remote()
        counts = ray.get([counter.add_one.remote() for _ in range(4)])
        print("the actor counted:", counts)
    finally:
        ray.shutdown()
