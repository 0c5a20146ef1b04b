import multiprocessing as mp
from multiprocessing.connection import wait


def worker(tasks):
    while tasks.get() is not None:
        pass


if __name__ == "__main__":
    tasks = mp.Queue()
    workers = [mp.Process(target=worker, args=(tasks,))
               for _ in range(3)]
    for w in workers:
        w.start()
    tasks.put(None)  # the bug: one pill for three workers

    sentinels = [w.sentinel for w in workers]
    ended = wait(sentinels, timeout=30)  # the worker that got the pill
    print("workers ended:", len(ended))
    stuck = [s for s in sentinels if s not in ended]
    print("ended within 1 more second:", len(wait(stuck, timeout=1)))

    for _ in stuck:
        tasks.put(None)  # the fix: one pill per remaining worker
    for w in workers:
        w.join()
    print("exit codes:", [w.exitcode for w in workers])
