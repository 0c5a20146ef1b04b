import os
import time
from multiprocessing import Pool, current_process


def square(x):
    time.sleep(0.2)  # stands in for real work
    return x, x * x, current_process().name


if __name__ == "__main__":
    print(f"{os.cpu_count()} CPUs, a pool of 4 worker processes")
    with Pool(processes=4) as pool:
        rows = pool.map(square, range(8), chunksize=1)
    for x, result, worker in rows:
        print(f"{x}² = {result:<3} computed by {worker}")
    print("workers used:", len({worker for _, _, worker in rows}))
