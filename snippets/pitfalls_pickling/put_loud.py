import multiprocessing as mp
import threading

if __name__ == "__main__":
    q = mp.SimpleQueue()
    # SimpleQueue has no feeder thread: put() pickles right here, so
    # the error reaches the line that caused it.
    try:
        q.put(threading.Lock())
    except TypeError as error:
        print(f"put() raised TypeError: {error}")
    q.put("next item")
    print("get():", q.get())
    print("queue empty:", q.empty())
    q.close()
