from multiprocessing import Pool


def report(job):
    number, work = job
    total = sum(range(work))
    return f"process {number} finished (total {total})"


if __name__ == "__main__":
    jobs = [(1, 4_000_000), (2, 3_000_000),
            (3, 2_000_000), (4, 1_000_000)]
    with Pool() as pool:
        # The workers only compute; the parent prints, in input order.
        for line in pool.map(report, jobs):
            print(line)
    print("main process exits")
