import multiprocessing as mp

if __name__ == "__main__":
    # A lambda has no name another process could import it by.
    process = mp.Process(target=lambda: print("the lambda ran"))
    try:
        process.start()
    except Exception as error:
        # spawn and forkserver pickle the Process, target included,
        # to send it to the child; fork copies it with the memory.
        print("start() raised", type(error).__name__)
        print(error)
    else:
        process.join()
        print("exitcode:", process.exitcode)
