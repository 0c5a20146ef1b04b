import multiprocessing as mp


def produce(q):
    q.put(b"x" * 100)  # fits in the pipe: the feeder is done at once


if __name__ == "__main__":
    q = mp.Queue()
    child = mp.Process(target=produce, args=(q,))
    child.start()
    child.join(timeout=30)  # the same wrong order: join, then read
    print("after join(), child alive:", child.is_alive())
    print(f"got {len(q.get()):,} bytes; child exitcode: {child.exitcode}")
