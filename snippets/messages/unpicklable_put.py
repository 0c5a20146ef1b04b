import multiprocessing as mp
import queue
import threading

if __name__ == "__main__":
    q = mp.Queue()
    q.put(threading.Lock())  # cannot be pickled, yet put() raises nothing
    q.put("next item")
    # The feeder thread hits the error later: it prints the traceback
    # and drops the lock. The item behind it arrives as usual.
    print("get():", q.get(timeout=30))
    try:
        q.get(timeout=0.5)
    except queue.Empty:
        print("the lock never arrives: queue.Empty")
