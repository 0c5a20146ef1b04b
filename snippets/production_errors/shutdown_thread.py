import atexit
import threading
import time
from concurrent.futures import ProcessPoolExecutor


def job(n):
    return n * n


def schedule(executor):
    # A scheduler thread: submits a job every 0.1 s, for ever.
    n = 0
    while True:
        time.sleep(0.1)
        executor.submit(job, n)
        n += 1


def final_report(executor):
    print("atexit: submitting the final report")
    executor.submit(job, -1)


if __name__ == "__main__":
    executor = ProcessPoolExecutor(2)
    scheduler = threading.Thread(target=schedule, args=(executor,),
                                 name="scheduler")
    scheduler.start()
    atexit.register(final_report, executor)
    print("main: started the scheduler, returning")
