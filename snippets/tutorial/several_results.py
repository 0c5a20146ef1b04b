import multiprocessing as mp


def square(number, results):
    # tag the answer with its question: answers arrive in any order
    results.put((number, number * number))


if __name__ == "__main__":
    results = mp.Queue()
    processes = [mp.Process(target=square, args=(n, results))
                 for n in range(1, 5)]
    for process in processes:
        process.start()
    answers = [results.get() for _ in processes]  # one per child
    for process in processes:
        process.join()
    print("in arrival order:", answers)
    print("sorted:          ", sorted(answers))
