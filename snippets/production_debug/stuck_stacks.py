import faulthandler
import multiprocessing
import os
import signal
import sys


def setup(reply_, asked_):
    global reply, asked
    reply, asked = reply_, asked_
    # On SIGUSR1, print the stack of every thread of this worker.
    faulthandler.register(signal.SIGUSR1)


def fetch(url):
    with reply:
        asked.set()
        reply.wait()  # waits for a reply; none comes
    return url


if __name__ == "__main__":
    if sys.platform == "win32":
        print("Windows has no SIGUSR1: POSIX only")
        sys.exit(0)
    reply = multiprocessing.Condition()
    asked = multiprocessing.Event()
    with multiprocessing.Pool(1, setup, (reply, asked)) as pool:
        result = pool.apply_async(fetch, ("https://example.org",))
        asked.wait(30)
        with reply:  # free once the task is inside reply.wait()
            # What `kill -USR1 PID` does from a shell:
            for worker in multiprocessing.active_children():
                os.kill(worker.pid, signal.SIGUSR1)
            # Here the reply comes after all, so the script ends.
            reply.notify()
        print("result:", result.get(timeout=30))
