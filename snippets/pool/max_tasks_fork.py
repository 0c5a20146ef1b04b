import multiprocessing
from concurrent.futures import ProcessPoolExecutor

if __name__ == "__main__":
    if "fork" not in multiprocessing.get_all_start_methods():
        print("no fork start method on this platform")
    else:
        fork = multiprocessing.get_context("fork")
        try:
            ProcessPoolExecutor(max_tasks_per_child=2, mp_context=fork)
        except ValueError as error:
            print("ValueError:", error)
