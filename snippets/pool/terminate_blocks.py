import os
import signal
import threading
from multiprocessing import Event, Pool


def setup(busy_event, sigterm_event):
    global busy, got_sigterm
    busy, got_sigterm = busy_event, sigterm_event
    # This worker ignores SIGTERM; it only notes that it arrived.
    signal.signal(signal.SIGTERM, lambda signum, frame: got_sigterm.set())


def stubborn():
    busy.set()
    while True:
        signal.pause()  # returns after each signal; wait again


if __name__ == "__main__":
    if not hasattr(signal, "SIGKILL"):
        print("Windows: terminate() uses TerminateProcess, which a")
        print("process cannot ignore; there is nothing to show here")
    else:
        busy, got_sigterm = Event(), Event()
        pool = Pool(1, initializer=setup, initargs=(busy, got_sigterm))
        worker = pool.apply(os.getpid)
        pool.apply_async(stubborn)
        print("worker busy with a task:", busy.wait(timeout=30))
        # terminate() in a thread, so that this one can time it out.
        stopper = threading.Thread(target=pool.terminate, daemon=True)
        stopper.start()
        try:
            print("worker got SIGTERM:", got_sigterm.wait(timeout=30))
            stopper.join(timeout=2)
            print("terminate() still waiting 2 s later:",
                  stopper.is_alive())
        finally:
            os.kill(worker, signal.SIGKILL)  # cannot be ignored
        stopper.join(timeout=30)
        print("after SIGKILL, terminate() returned:",
              not stopper.is_alive())
