from multiprocessing import Process


def greet(name):
    print("hello,", name)


if __name__ == "__main__":
    worker = Process(greet, ("world",))
    worker.start()
    worker.join()
