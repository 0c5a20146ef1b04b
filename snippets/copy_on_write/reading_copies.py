import array
import multiprocessing as mp
import os

COUNT = 1_000_000
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


def do_nothing(records, numbers):
    pass


def read_the_records(records, numbers):
    sum(record.value for record in records)  # reads, never assigns


def read_the_array(records, numbers):
    sum(numbers)  # the same numbers, as 8-byte C integers


def child(action, records, numbers, results):
    before = private_bytes()
    action(records, numbers)
    results.send(private_bytes() - before)


def copied_by(action, context, records, numbers):
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=child,
                              args=(action, records, numbers, sender))
    process.start()
    sender.close()  # so recv() raises EOFError if the child dies
    copied = receiver.recv()
    process.join()
    return copied


def show(label, size):
    print(f"{label + ':':<42}{size / MIB:5.1f} MiB")


def main():
    if "fork" not in mp.get_all_start_methods():
        print("fork is not available on this platform")
        return
    if private_bytes() is None:
        print("no /proc/self/smaps on this platform: cannot measure")
        return
    context = mp.get_context("fork")  # copy-on-write needs fork
    before = private_bytes()
    records = [Record(n) for n in range(COUNT)]
    show(f"{COUNT:,} records built by the parent",
         private_bytes() - before)
    before = private_bytes()
    numbers = array.array("q", range(COUNT))
    show(f"{COUNT:,} numbers in an array.array",
         private_bytes() - before)
    for what, action in [("does nothing", do_nothing),
                         ("reads the records", read_the_records),
                         ("reads the array", read_the_array)]:
        show(f"copied by a child that {what}",
             copied_by(action, context, records, numbers))


if __name__ == "__main__":
    main()
