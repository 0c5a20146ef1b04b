import multiprocessing as mp


if __name__ == "__main__":
    go = mp.Event()
    process = mp.Process(target=go.wait)  # blocks until go is set
    process.start()

    # join(timeout) gives up after the timeout; the child runs on
    returned = process.join(timeout=0.1)
    print("join(0.1) returned", returned, "| alive", process.is_alive(),
          "| exitcode", process.exitcode)

    go.set()
    returned = process.join()  # no timeout: waits for the end
    print("join()    returned", returned, "| alive", process.is_alive(),
          "| exitcode", process.exitcode)
