import multiprocessing as mp
import time
from multiprocessing import shared_memory

import numpy as np

SHAPE, DTYPE = (6_400_000,), np.float64  # 51.2 MB


def receiver(conn):
    """Get an array (pickled) or a block's name; answer with the
    array's last element, which proves it arrived."""
    while True:
        kind, payload = conn.recv()
        if kind == "stop":
            return
        if kind == "by name":
            shm = shared_memory.SharedMemory(name=payload)
            payload = np.ndarray(SHAPE, dtype=DTYPE, buffer=shm.buf)
        last = float(payload[-1])
        del payload  # let go of it before answering: that is part
        if kind == "by name":  # of the cost too
            shm.close()
        conn.send(last)


if __name__ == "__main__":
    size = int(np.prod(SHAPE)) * np.dtype(DTYPE).itemsize
    # Create the block before the child: that starts the resource
    # tracker the child then shares. A child forked earlier would
    # start its own, which unlinks the block when the child exits.
    shm = shared_memory.SharedMemory(create=True, size=size)
    try:
        array = np.ndarray(SHAPE, dtype=DTYPE, buffer=shm.buf)
        array[:] = np.arange(array.size)
        print(f"array: {array.nbytes / 1e6:.1f} MB")
        here, there = mp.Pipe()
        child = mp.Process(target=receiver, args=(there,))
        child.start()
        there.close()  # so recv() raises EOFError if the child dies
        best, seen = {}, {}
        try:
            # Best of 3: the hand-off itself, not a busy moment.
            for kind, payload in [("pickled", array),
                                  ("by name", shm.name)] * 3:
                start = time.perf_counter()
                here.send((kind, payload))
                seen[kind] = here.recv()
                took = time.perf_counter() - start
                best[kind] = min(best.get(kind, took), took)
        finally:
            here.send(("stop", None))
            child.join()
        for kind in best:
            print(f"{kind:>8}: {best[kind] * 1000:9.3f} ms,"
                  f" child saw last element {seen[kind]:.0f}")
        print(f"by name was {best['pickled'] / best['by name']:.0f}x"
              " faster")
        del array
    finally:
        try:
            shm.close()
        finally:
            shm.unlink()  # even if close() fails
