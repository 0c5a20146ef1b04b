import threading
from multiprocessing.dummy import Process


def work(n):
    print("task", n)


def launch(workers):
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    workers = [Process(target=work, args=(n,)) for n in range(2)]
    launcher = threading.Thread(target=launch, args=(workers,))
    launcher.start()
    launcher.join()
