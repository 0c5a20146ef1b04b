import sys
import time
from multiprocessing import Event, Process


def work(ready):
    try:
        ready.set()
        # Work in short steps: a SIGINT that lands just before one long
        # blocking call would be handled only when that call returns.
        for _ in range(600):
            time.sleep(0.1)
    except KeyboardInterrupt:
        print("child: KeyboardInterrupt, cleaning up", flush=True)
        sys.exit(3)


if __name__ == "__main__":
    ready = Event()
    child = Process(target=work, args=(ready,))
    child.start()
    ready.wait()
    start = time.monotonic()
    child.interrupt()  # SIGINT, as Ctrl-C in a terminal would send
    child.join()
    print("exit code:", child.exitcode)
    took = time.monotonic() - start
    print("stopped before its work ended:", took < 30)
