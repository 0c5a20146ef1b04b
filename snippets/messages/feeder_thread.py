import multiprocessing as mp
import threading


class Held:
    """Its pickling waits for a gate, so we can watch the feeder."""

    def __init__(self, gate):
        self.gate = gate

    def __reduce__(self):
        self.gate.wait()  # runs in the feeder thread, not in put()
        return (str, ("the item",))


def threads():
    return sorted(t.name for t in threading.enumerate())


if __name__ == "__main__":
    q, gate = mp.Queue(), threading.Event()
    print("threads before put():", threads())
    q.put(Held(gate))  # returns at once: pickling happens later
    print("threads after put(): ", threads())
    try:
        print("qsize():", q.qsize(), "(counts the put)")
    except NotImplementedError:  # macOS's sem_getvalue() fails
        print("qsize(): not implemented on this platform")
    print("empty():", q.empty(), "(nothing in the pipe yet)")

    gate.set()  # let the feeder thread pickle and send the item
    print("get():", q.get(timeout=30))
    print("empty():", q.empty())
