import multiprocessing as mp


def produce(q):
    q.put(b"x" * 1_000_000)  # more than a pipe holds


if __name__ == "__main__":
    q = mp.Queue()
    child = mp.Process(target=produce, args=(q,))
    child.start()
    data = q.get()  # first take what the child sends...
    child.join()  # ...then wait for it to end
    print(f"got {len(data):,} bytes; child exitcode: {child.exitcode}")
