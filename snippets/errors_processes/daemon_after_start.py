from multiprocessing import Process


def heartbeat():
    pass


if __name__ == "__main__":
    worker = Process(target=heartbeat)
    worker.start()
    worker.daemon = True  # so that it cannot outlive the program
