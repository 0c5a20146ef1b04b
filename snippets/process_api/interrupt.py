import sys
import time
from multiprocessing import Event, Process


def work(ready):
    try:
        ready.set()
        time.sleep(60)
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
    print("stopped before its sleep ended:", took < 30)
