from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    numbers = list(range(6))
    chunksize = len(numbers) // 8  # an eighth of the work per task
    with Pool(2) as pool:
        print("map:", pool.map(square, numbers, chunksize))
        for result in pool.imap(square, numbers, chunksize):
            print(result)
