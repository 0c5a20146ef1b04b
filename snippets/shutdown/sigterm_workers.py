import multiprocessing
import os
import signal
import sys
import time


def worker(number, stop, busy, item_seconds, ignore_sigterm):
    # A forked child inherits the parent's handler; restore the default.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if ignore_sigterm:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)  # as some code does
    busy.wait()  # signals are set up: ready for SIGTERM
    while True:
        time.sleep(item_seconds)  # stands for one item's work
        if stop.is_set():
            break
    print(f"worker {number} cleaned up")


if __name__ == "__main__":
    if sys.platform == "win32":
        print("On Windows, os.kill() ends a process at once: POSIX only")
        sys.exit(0)
    stop = multiprocessing.Event()
    busy = multiprocessing.Barrier(5)
    # Workers 1 and 2 check `stop` between short items; 3 is stuck in
    # a long item; 4 is stuck too, and ignores SIGTERM.
    settings = {1: (0.05, False), 2: (0.05, False),
                3: (3600, False), 4: (3600, True)}
    workers = {n: multiprocessing.Process(
                   target=worker, args=(n, stop, busy, *setting))
               for n, setting in settings.items()}
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    for process in workers.values():
        process.start()
    try:
        busy.wait(timeout=30)
        os.kill(os.getpid(), signal.SIGTERM)  # as `kill PID` would
        deadline = time.monotonic() + 3
        for process in workers.values():
            process.join(max(0, deadline - time.monotonic()))
        late = [n for n, p in workers.items() if p.is_alive()]
        print("still running after 3 s:", late, "-> terminate()")
        for n in late:
            workers[n].terminate()
        for n in late:
            workers[n].join(timeout=2)
        late = [n for n, p in workers.items() if p.is_alive()]
        print("still running 2 s later:", late, "-> kill()")
    finally:
        # SIGKILL cannot be ignored; also the way out after any error.
        for process in workers.values():
            if process.is_alive():
                process.kill()
            process.join()
    for n, process in workers.items():
        print(f"worker {n}: exit code {process.exitcode}")
