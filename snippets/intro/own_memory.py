import multiprocessing as mp
import threading

counter = 0


def increment():
    global counter
    counter += 1
    print(f"inside the worker, counter = {counter}")


if __name__ == "__main__":
    thread = threading.Thread(target=increment)
    thread.start()
    thread.join()
    print(f"after a thread:  counter = {counter}")  # shared memory

    process = mp.Process(target=increment)
    process.start()
    process.join()
    print(f"after a process: counter = {counter}")  # unchanged
