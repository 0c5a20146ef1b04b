import atexit
import multiprocessing
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import util


def mark(folder, event):
    """Leave a file named after the event and this process's PID."""
    open(os.path.join(folder, f"{event}-{os.getpid()}"), "w").close()


def setup(folder, barrier=None):
    global started
    started = barrier
    mark(folder, "start")
    atexit.register(mark, folder, "atexit")
    # Undocumented, but often suggested: runs as the process exits.
    util.Finalize(None, mark, (folder, "Finalize"), exitpriority=10)


def square(x):
    return x * x


def busy(x):
    started.wait()  # every worker is inside a task from here on
    time.sleep(60)  # never ends: terminate() ends it


def terminate_busy(folder):
    barrier = multiprocessing.Barrier(3)
    pool = multiprocessing.Pool(2, setup, (folder, barrier))
    pool.map_async(busy, range(2))
    barrier.wait()
    pool.terminate()  # what leaving a `with Pool()` block calls


def close_join(folder):
    pool = multiprocessing.Pool(2, setup, (folder,))
    pool.map(square, range(10))
    pool.close()
    pool.join()


def executor(folder):
    with ProcessPoolExecutor(2, initializer=setup,
                             initargs=(folder,)) as pool:
        list(pool.map(square, range(10)))


def report(label, end):
    with tempfile.TemporaryDirectory() as folder:
        end(folder)
        files = os.listdir(folder)
    workers = sum(name.startswith("start-") for name in files)

    def ran(event):
        count = sum(name.startswith(event + "-") for name in files)
        return {0: "none", workers: "all"}.get(count, count)

    print(f"{label}: {workers} workers; atexit ran in "
          f"{ran('atexit')}, Finalize in {ran('Finalize')}")


if __name__ == "__main__":
    report("Pool.terminate(), tasks running", terminate_busy)
    report("Pool.close() and join()", close_join)
    report("ProcessPoolExecutor, with block", executor)
