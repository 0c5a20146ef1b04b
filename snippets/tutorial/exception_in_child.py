import multiprocessing as mp
import queue


def divide(a, b, results):
    results.put(a / b)


def result_of(process, results):
    """The child's result, or None once it has ended without one."""
    while True:
        ended = not process.is_alive()
        try:
            # A child that put a result before it ended has flushed it
            # into the queue's pipe, so this finds it.
            return results.get(timeout=0.1)
        except queue.Empty:
            if ended:
                return None


if __name__ == "__main__":
    results = mp.Queue()
    process = mp.Process(target=divide, args=(1, 0, results))
    process.start()
    result = result_of(process, results)  # get first, join after
    process.join()  # returns normally: the error stays in the child
    print("exitcode:", process.exitcode)
    if result is None:
        print("the child ended without a result")
    else:
        print("result:", result)
