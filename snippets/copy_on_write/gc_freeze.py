import gc
import multiprocessing as mp
import os

RECORDS = 1_000_000
MIB = 2**20


class Record:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def private_bytes():
    """Dirty memory that no other process maps: after a fork, the
    pages this process has written to, and so copied."""
    for path in ("/proc/self/smaps_rollup", "/proc/self/smaps"):
        if os.path.exists(path):
            with open(path) as smaps:
                return 1024 * sum(int(line.split()[1]) for line in smaps
                                  if line.startswith("Private_Dirty:"))
    return None


def collect_garbage(records):
    gc.collect()  # a full collection, as Python runs now and then


def read_every_record(records):
    sum(record.value for record in records)  # reads, never assigns


def child(records, action, results):
    before = private_bytes()
    action(records)
    results.send(private_bytes() - before)


def copied_by(context, records, action):
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=child,
                              args=(records, action, sender))
    process.start()
    sender.close()  # so recv() raises EOFError if the child dies
    copied = receiver.recv()
    process.join()
    return copied


def show(label, size):
    print(f"{label + ':':<40}{size / MIB:5.1f} MiB")


def main():
    if "fork" not in mp.get_all_start_methods():
        print("fork is not available on this platform")
        return
    if private_bytes() is None:
        print("no /proc/self/smaps on this platform: cannot measure")
        return
    context = mp.get_context("fork")  # copy-on-write needs fork
    before = private_bytes()
    records = [Record(n) for n in range(RECORDS)]
    built = private_bytes() - before
    show("records built by the parent", built)
    show("copied by the child's gc.collect()",
         copied_by(context, records, collect_garbage))
    gc.freeze()  # the collector will ignore every object that exists now
    print("after gc.freeze() in the parent:")
    show("  copied by the child's gc.collect()",
         copied_by(context, records, collect_garbage))
    show("  copied by a child that reads them all",
         copied_by(context, records, read_every_record))


if __name__ == "__main__":
    main()
