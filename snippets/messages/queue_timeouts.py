import multiprocessing as mp
import queue  # Empty and Full live here, not in multiprocessing
import time

if __name__ == "__main__":
    q = mp.Queue(maxsize=2)
    q.put_nowait("a")
    q.put("b", timeout=1)
    print("full():", q.full())

    try:
        q.put_nowait("c")
    except queue.Full:
        print("put_nowait on a full queue: queue.Full")

    start = time.monotonic()
    try:
        q.put("c", timeout=0.2)
    except queue.Full:
        waited = time.monotonic() - start
        print(f"put(timeout=0.2) gave up after {waited:.2f} s")

    print("get:", q.get(timeout=5), q.get(timeout=5))

    try:
        q.get_nowait()
    except queue.Empty:
        print("get_nowait on an empty queue: queue.Empty")

    start = time.monotonic()
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        waited = time.monotonic() - start
        print(f"get(timeout=0.2) gave up after {waited:.2f} s")
