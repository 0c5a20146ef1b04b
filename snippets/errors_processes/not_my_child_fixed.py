import sys
from multiprocessing import Process
from multiprocessing.connection import wait


def work(n):
    sys.exit(n)  # exit code n


if __name__ == "__main__":
    # The parent supervises: it created the workers.
    running = {}
    for n in range(3):
        worker = Process(target=work, args=(n,))
        worker.start()
        running[worker.sentinel] = worker  # after start()
    while running:
        for sentinel in wait(list(running)):
            worker = running.pop(sentinel)
            worker.join()
            print(worker.name, "ended, exit code", worker.exitcode)
