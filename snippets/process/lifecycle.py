import multiprocessing as mp

if __name__ == "__main__":
    finish = mp.Event()
    # The child waits until the parent says so: it is certainly still
    # running when the second line is printed.
    process = mp.Process(target=finish.wait, name="waiter")
    print(process, "| alive:", process.is_alive())
    process.start()
    print(process, "| alive:", process.is_alive())
    finish.set()
    process.join()
    print(process, "| alive:", process.is_alive())
