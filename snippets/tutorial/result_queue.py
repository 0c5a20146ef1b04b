import multiprocessing as mp


def square(number, results):
    results.put(number * number)  # send the answer to the parent


if __name__ == "__main__":
    results = mp.Queue()
    process = mp.Process(target=square, args=(7, results))
    process.start()
    answer = results.get()  # waits until the child has put something
    process.join()
    print("7 squared is", answer)
