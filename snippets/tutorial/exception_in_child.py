import multiprocessing as mp


def divide(a, b, results):
    results.put(a / b)


if __name__ == "__main__":
    results = mp.Queue()
    process = mp.Process(target=divide, args=(1, 0, results))
    process.start()
    process.join()  # returns normally: the error stays in the child
    print("exitcode:", process.exitcode)
    if process.exitcode != 0:
        print("the child failed, so no result will come")
    else:
        print("result:", results.get())
