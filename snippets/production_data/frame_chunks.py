import pickle
from multiprocessing import Pool

import numpy as np
import pandas as pd

ROWS, TASKS = 200_000, 4


def with_revenue(chunk):
    """The chunk back, one column more: as big as what came in."""
    return chunk.assign(revenue=chunk["price"] * chunk["units"])


def revenue_by_store(chunk):
    """Only the sums: one number per store."""
    return with_revenue(chunk).groupby("store")["revenue"].sum()


def size(obj):
    return len(pickle.dumps(obj)) // 1000  # kB, as pickled to send


if __name__ == "__main__":
    rng = np.random.default_rng(0)
    df = pd.DataFrame({
        "store": rng.integers(0, 10, ROWS),
        "price": rng.uniform(1, 100, ROWS).round(2),
        "units": rng.integers(1, 20, ROWS),
    })
    n = -(-ROWS // TASKS)  # rows per chunk, rounded up
    chunks = [df.iloc[i:i + n] for i in range(0, ROWS, n)]
    with Pool(2) as pool:
        whole = pd.concat(pool.map(with_revenue, chunks))
        parts = pool.map(revenue_by_store, chunks)
    totals = pd.concat(parts).groupby(level=0).sum()
    print("rows back:", len(whole), "in order:",
          whole.index.equals(df.index))
    print("same as serial:",
          np.allclose(totals, revenue_by_store(df)))
    print(f"pickled frame: {size(df)} kB")
    print("pickled chunks:", [size(c) for c in chunks], "kB")
    print(f"one result, chunk back: {size(with_revenue(chunks[0]))} kB")
    print(f"one result, sums only: "
          f"{len(pickle.dumps(parts[0]))} bytes")
