import multiprocessing as mp


def add_one(counter, lock, started, done):
    started.set()
    with lock:
        counter.value += 1  # .value takes the counter's lock again
    done.set()


def try_with(lock):
    counter = mp.Value("i", 0, lock=lock)
    started, done = mp.Event(), mp.Event()
    child = mp.Process(target=add_one,
                       args=(counter, lock, started, done))
    child.start()
    started.wait()
    if done.wait(timeout=2):
        result = f"counter is {counter.value}"
    else:
        child.terminate()  # it waits for itself for ever
        result = "stuck after 2 s: terminated"
    child.join()
    print(f"{type(lock).__name__}: {result}")


if __name__ == "__main__":
    try_with(mp.Lock())
    try_with(mp.RLock())
