import math
import os
import platform
import statistics
import time
from multiprocessing import Pipe, Process, Queue
from multiprocessing.shared_memory import SharedMemory

REPEATS = 5
SIZES = [("1 KiB", 2**10), ("64 KiB", 2**16), ("1 MiB", 2**20),
         ("16 MiB", 2**24), ("64 MiB", 2**26)]


def machine():
    if hasattr(os, "sched_getaffinity"):  # the CPUs we may run on
        cpus = len(os.sched_getaffinity(0))
    else:  # Windows and macOS
        cpus = os.cpu_count()
    return (f"machine: {platform.system()} {platform.machine()}, "
            f"{cpus} usable CPUs, {platform.python_implementation()} "
            f"{platform.python_version()}")


def queue_child(inbox, outbox):
    for payload in iter(inbox.get, None):
        outbox.put(len(payload))


def pipe_child(conn):
    for payload in iter(conn.recv_bytes, b""):
        conn.send(len(payload))


def shm_child(name, conn):
    shm = SharedMemory(name=name)
    try:
        for n in iter(conn.recv, None):
            payload = bytes(shm.buf[:n])  # our own copy, as by a pipe
            conn.send(len(payload))
    finally:
        shm.close()


def measure(route, round_trip, payloads):
    print(f"{route}, MiB/s by payload (median of {REPEATS}; min, max):")
    for (label, _), payload in zip(SIZES, payloads):
        # Warm-up, not timed: buffers of this size get allocated (and
        # the last size's freed) on both sides.
        round_trip(payload)
        rates = []
        for _ in range(REPEATS):
            start = time.perf_counter()
            reply = round_trip(payload)
            seconds = time.perf_counter() - start
            if reply != len(payload):
                raise RuntimeError(f"{route}: {reply} bytes arrived")
            rates.append(len(payload) / seconds / 2**20)
        # At least three significant digits, even for the smallest.
        d = max(1, 2 - math.floor(math.log10(min(rates))))
        print(f"  {label}  {statistics.median(rates):.{d}f} MiB/s"
              f"  ({min(rates):.{d}f}, {max(rates):.{d}f})")


def by_queue(payloads):
    inbox, outbox = Queue(), Queue()
    # daemon: should we fail, it is killed as we exit
    child = Process(target=queue_child, args=(inbox, outbox),
                    daemon=True)
    child.start()

    def round_trip(payload):
        inbox.put(payload)  # a feeder thread pickles it, then writes
        return outbox.get()

    measure("Queue", round_trip, payloads)
    inbox.put(None)
    child.join()
    inbox.close()
    inbox.join_thread()  # no thread left behind to fork with


def by_pipe(payloads):
    conn, child_conn = Pipe()
    child = Process(target=pipe_child, args=(child_conn,), daemon=True)
    child.start()

    def round_trip(payload):
        conn.send_bytes(payload)  # send() would pickle it first
        return conn.recv()

    measure("Pipe", round_trip, payloads)
    conn.send_bytes(b"")
    child.join()


def by_shared_memory(payloads):
    shm = SharedMemory(create=True, size=max(len(p) for p in payloads))
    try:
        conn, child_conn = Pipe()
        child = Process(target=shm_child, args=(shm.name, child_conn),
                        daemon=True)
        child.start()

        def round_trip(payload):
            n = len(payload)
            shm.buf[:n] = payload
            conn.send(n)  # only the size goes through the pipe
            return conn.recv()

        measure("shared_memory", round_trip, payloads)
        conn.send(None)
        child.join()
    finally:
        shm.close()
        shm.unlink()


if __name__ == "__main__":
    payloads = [b"x" * size for _, size in SIZES]
    print(machine())
    print("payload to a child and a reply back, "
          "round trip measured in the parent")
    by_queue(payloads)
    by_pipe(payloads)
    by_shared_memory(payloads)
