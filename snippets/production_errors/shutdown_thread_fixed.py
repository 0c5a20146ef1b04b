import threading
from concurrent.futures import ProcessPoolExecutor


def job(n):
    return n * n


def schedule(executor, stop, futures):
    # A scheduler thread: submits a job every 0.1 s until told to stop.
    n = 0
    while not stop.wait(0.1):
        futures.append(executor.submit(job, n))
        n += 1


if __name__ == "__main__":
    stop = threading.Event()
    futures = []
    with ProcessPoolExecutor(2) as executor:
        scheduler = threading.Thread(target=schedule,
                                     args=(executor, stop, futures))
        scheduler.start()
        try:
            while len(futures) < 3:  # the program's own work goes here
                stop.wait(0.1)
        finally:
            stop.set()
            scheduler.join()  # no submit() can come after this line
        # The final report, while the executor still runs:
        report = executor.submit(job, -1)
    print("scheduled jobs done:", all(f.done() for f in futures))
    print("final report:", report.result())
