import multiprocessing as mp


def produce(q, flushed):
    for n in range(3):
        q.put(n)
    q.close()  # this process will put nothing more
    q.join_thread()  # wait until the feeder thread has sent it all
    flushed.set()


if __name__ == "__main__":
    q, flushed = mp.Queue(), mp.Event()
    child = mp.Process(target=produce, args=(q, flushed))
    child.start()
    print("child flushed its queue:", flushed.wait(timeout=30))
    # Everything is in the pipe now, so get_nowait() cannot miss it.
    print("got:", [q.get_nowait() for _ in range(3)])
    child.join()

    q.close()
    try:
        q.put(3)
    except ValueError as error:
        print("put() after close():", error)
    try:
        q.get_nowait()
    except ValueError:
        print("get_nowait() after close(): ValueError too")
