import multiprocessing
import sys

# Every Lock, Queue and Pool of multiprocessing gets its semaphores
# from this module; a program that never loads it creates none
SEMAPHORES = "multiprocessing.synchronize"


def square(conn, n):
    conn.send((n * n, SEMAPHORES in sys.modules))
    conn.close()


if __name__ == "__main__":
    jobs = []
    for n in range(4):
        receiver, sender = multiprocessing.Pipe(duplex=False)
        child = multiprocessing.Process(target=square, args=(sender, n))
        child.start()
        sender.close()  # the child has its own copy
        jobs.append((child, receiver))
    results, loaded = [], []
    for child, receiver in jobs:
        value, child_loaded = receiver.recv()
        results.append(value)
        loaded.append(child_loaded)
        child.join()
    print("squares through pipes:", results)
    print(f"{SEMAPHORES} loaded: in the parent"
          f" {SEMAPHORES in sys.modules}, in a child {any(loaded)}")
