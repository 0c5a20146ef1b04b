import sys
import multiprocessing


def worker(queue):
    queue.put("hello")


if __name__ == "__main__":
    if "fork" not in multiprocessing.get_all_start_methods():
        print("no fork start method on", sys.platform)
        sys.exit(0)
    fork = multiprocessing.get_context("fork")
    spawn = multiprocessing.get_context("spawn")
    queue = fork.Queue()  # plain Queue() on Linux up to 3.13
    child = spawn.Process(target=worker, args=(queue,))
    try:
        child.start()
    except RuntimeError as error:
        print(f"RuntimeError: {error}")
    else:
        child.join()
        print("the child's exit code:", child.exitcode)
