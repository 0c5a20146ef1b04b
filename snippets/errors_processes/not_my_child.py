from multiprocessing import Process


def work():
    print("worker ran")


def supervise(worker):
    # This process did not create `worker`: its parent did.
    for method in (worker.is_alive, worker.join, worker.start):
        try:
            method()
        except AssertionError as error:
            print(f"supervisor, {method.__name__}(): {error}")


if __name__ == "__main__":
    worker = Process(target=work)
    supervisor = Process(target=supervise, args=(worker,))
    supervisor.start()
    supervisor.join()
    worker.start()  # its creator can start it
    worker.join()
    print("worker exit code:", worker.exitcode)
