import multiprocessing as mp


def divide(a, b, results):
    try:
        results.put(("ok", a / b))
    except Exception as error:  # send the error instead of a result
        results.put(("error", error))


if __name__ == "__main__":
    results = mp.Queue()
    for b in (4, 0):
        process = mp.Process(target=divide, args=(1, b, results))
        process.start()
        status, value = results.get()
        process.join()
        print(f"1 / {b}: {status}, {value!r}, "
              f"exitcode {process.exitcode}")
    if status == "error":
        raise value  # the parent decides what to do with it
