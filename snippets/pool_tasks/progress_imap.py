from multiprocessing import Pool

TASKS = 40


def work(n):
    return sum(i * i for i in range(n * 1000))


if __name__ == "__main__":
    total = 0
    with Pool(2) as pool:
        # imap_unordered hands over each result as soon as it is
        # done, so the count moves as the work does.
        results = pool.imap_unordered(work, range(TASKS))
        for done, result in enumerate(results, start=1):
            total += result
            if done % 10 == 0:
                print(f"{done}/{TASKS} tasks done", flush=True)
    print("sum of results:", total)
    print("same as serial:", total == sum(map(work, range(TASKS))))
