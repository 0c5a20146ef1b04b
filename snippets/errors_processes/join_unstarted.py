from multiprocessing import Process


def square(n):
    print(n * n)


if __name__ == "__main__":
    workers = [Process(target=square, args=(n,)) for n in range(3)]
    map(Process.start, workers)  # map() is lazy: this starts nothing
    for worker in workers:
        worker.join()
