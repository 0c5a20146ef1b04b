from multiprocessing import Pool
from multiprocessing.shared_memory import SharedMemory

import numpy as np
import pandas as pd

ROWS = 1_000_000


def share(array):
    """A new shared block holding array's values, and how to read it."""
    shm = SharedMemory(create=True, size=array.nbytes)
    np.ndarray(array.shape, array.dtype, buffer=shm.buf)[:] = array
    return shm, (shm.name, array.shape, array.dtype.str)


def in_place(df, arrays):
    """Does every column of df read the shared array it was made of?"""
    return all(np.shares_memory(df[name].to_numpy(), array)
               for name, array in arrays.items())


def mean_revenue(columns, store):
    blocks = {name: SharedMemory(name=spec[0])
              for name, spec in columns.items()}
    try:
        arrays = {name: np.ndarray(spec[1], spec[2],
                                   buffer=blocks[name].buf)
                  for name, spec in columns.items()}
        copied = not in_place(pd.DataFrame(arrays), arrays)
        df = pd.DataFrame(arrays, copy=False)
        shared = in_place(df, arrays)
        rows = df[df["store"] == store]
        mean = float((rows["price"] * rows["units"]).mean())
        del arrays, df, rows  # no view of a block may outlive close()
        return store, copied, shared, mean
    finally:
        for block in blocks.values():
            block.close()


if __name__ == "__main__":
    print("pandas", pd.__version__)
    rng = np.random.default_rng(0)
    data = {"store": rng.integers(0, 10, ROWS),
            "price": rng.uniform(1, 100, ROWS),
            "units": rng.integers(1, 20, ROWS)}
    blocks, columns = [], {}
    try:
        for name, array in data.items():
            shm, columns[name] = share(array)
            blocks.append(shm)
        with Pool(2) as pool:
            results = pool.starmap(
                mean_revenue, [(columns, s) for s in range(10)])
    finally:
        for shm in blocks:  # the creator closes, then unlinks
            shm.close()
            shm.unlink()
    print("pd.DataFrame(arrays) copied:", {r[1] for r in results})
    print("pd.DataFrame(arrays, copy=False) shared:",
          {r[2] for r in results})
    df = pd.DataFrame(data)
    expected = (df["price"] * df["units"]).groupby(df["store"]).mean()
    print("same as in the parent:", all(
        np.isclose(mean, expected[s]) for s, _, _, mean in results))
