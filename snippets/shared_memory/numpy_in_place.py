import multiprocessing as mp
from multiprocessing import shared_memory

import numpy as np

SHAPE, DTYPE = (4, 250_000), np.float64  # one row per task


def double_row(name, row):
    shm = shared_memory.SharedMemory(name=name)
    try:
        # A view of the shared block: nothing is copied in or out.
        array = np.ndarray(SHAPE, dtype=DTYPE, buffer=shm.buf)
        array[row] *= 2  # in place: the parent sees the result
        total = float(array[row].sum())
        del array  # no view may outlive close()
    finally:
        shm.close()
    return total


if __name__ == "__main__":
    size = int(np.prod(SHAPE)) * np.dtype(DTYPE).itemsize
    shm = shared_memory.SharedMemory(create=True, size=size)
    try:
        array = np.ndarray(SHAPE, dtype=DTYPE, buffer=shm.buf)
        array[:] = np.arange(array.size).reshape(SHAPE)
        expected = array * 2  # a private copy, to check against
        print(f"array {SHAPE} {np.dtype(DTYPE).name}:",
              f"{array.nbytes / 1e6:.1f} MB in one block")
        with mp.Pool(2) as pool:
            totals = pool.starmap(
                double_row, [(shm.name, row) for row in range(4)])
        print("row sums the workers saw:", totals)
        print("row sums the parent sees:", array.sum(axis=1).tolist())
        print("every element doubled:",
              bool(np.array_equal(array, expected)))
        del array  # before close()
    finally:
        try:
            shm.close()
        finally:
            shm.unlink()  # even if close() fails
