import multiprocessing as mp


def report(number, work):
    total = sum(range(work))  # bigger jobs take longer
    # flush: a child's stdout may be a buffered pipe, not a terminal
    print(f"process {number} finished (total {total})", flush=True)


if __name__ == "__main__":
    # Started in order 1, 2, 3, 4; process 1 has the most work.
    jobs = {1: 4_000_000, 2: 3_000_000, 3: 2_000_000, 4: 1_000_000}
    processes = [
        mp.Process(target=report, args=(number, work))
        for number, work in jobs.items()
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    print("main process exits")
