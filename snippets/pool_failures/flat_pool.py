from multiprocessing import Pool


def square(x):
    return x * x


if __name__ == "__main__":
    # Each outer job would have started a pool for its inner tasks.
    jobs = {"a": [1, 2], "b": [3, 4, 5], "c": [6]}
    # Instead, one pool runs every inner task; the parent regroups.
    inner = [(job, x) for job, xs in jobs.items() for x in xs]
    with Pool(2) as pool:
        squares = pool.map(square, [x for _, x in inner])
    sums = dict.fromkeys(jobs, 0)
    for (job, _), value in zip(inner, squares):
        sums[job] += value
    print(f"{len(inner)} inner tasks in one pool of 2 workers")
    print("sum of squares per job:", sums)
