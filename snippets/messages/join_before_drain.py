import multiprocessing as mp


def produce(q, returned):
    # 1 MB is more than an OS pipe holds (64 KiB on Linux): the feeder
    # thread blocks until someone reads, and a process does not exit
    # before its feeder threads have sent everything.
    q.put(b"x" * 1_000_000)
    returned.set()


if __name__ == "__main__":
    q, returned = mp.Queue(), mp.Event()
    child = mp.Process(target=produce, args=(q, returned))
    child.start()
    print("child's put() returned:", returned.wait(timeout=30))

    child.join(timeout=1)  # the mistake: join first, read later
    print("after join(timeout=1), child alive:", child.is_alive())
    if child.is_alive():
        print("deadlock: it waits for us to read, we wait for it to end")

    data = q.get()  # the fix: drain the queue first...
    child.join()  # ...then join
    print(f"got {len(data):,} bytes; child exitcode: {child.exitcode}")
