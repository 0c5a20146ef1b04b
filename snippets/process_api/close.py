import multiprocessing as mp


if __name__ == "__main__":
    go = mp.Event()
    process = mp.Process(target=go.wait)
    process.start()
    try:
        process.close()  # the child is still running
    except ValueError as error:
        print("close() while running:", error)

    go.set()
    process.join()
    process.close()  # releases the handles the object held
    print("closed after join")
    try:
        print(process.pid)
    except ValueError as error:
        print("pid after close():", error)
