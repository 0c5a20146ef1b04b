import multiprocessing


def tally(counts, started, go):
    started.set()
    go.wait()  # the work takes a while
    counts["done"] += 1


if __name__ == "__main__":
    started = multiprocessing.Event()
    go = multiprocessing.Event()
    with multiprocessing.Manager() as manager:
        counts = manager.dict(done=0)
        worker = multiprocessing.Process(
            target=tally, args=(counts, started, go))
        worker.start()
        started.wait()
    # The block has ended, and the manager with it; the worker has not.
    go.set()
    worker.join()
    print("the worker's exit code:", worker.exitcode)
