from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    items = range(6)
    chunk = len(items) // (4 * 2)  # 6 // 8 == 0
    with Pool(2) as pool:
        print("Pool.map:", pool.map(square, items, chunksize=chunk))
    with ProcessPoolExecutor(2) as executor:
        print(list(executor.map(square, items, chunksize=chunk)))
