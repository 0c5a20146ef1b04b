from multiprocessing import Process
from multiprocessing.connection import wait


def work(n):
    print("worker", n)


if __name__ == "__main__":
    workers = [Process(target=work, args=(n,)) for n in range(3)]
    sentinels = [worker.sentinel for worker in workers]
    for worker in workers:
        worker.start()
    wait(sentinels)
