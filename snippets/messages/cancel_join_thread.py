import multiprocessing as mp


def produce(q):
    q.cancel_join_thread()  # exit without waiting for the feeder
    q.put(b"x" * 1_000_000)  # more than the pipe holds; nobody reads


if __name__ == "__main__":
    q = mp.Queue()
    child = mp.Process(target=produce, args=(q,))
    child.start()
    child.join(timeout=30)  # no deadlock: the child exits at once
    print("child alive:", child.is_alive(), "| exitcode:", child.exitcode)
    # The price: the item is lost, or only part of it reached the
    # pipe, so a get() could block forever. Do not read this queue.
    q.close()
    print("the child exited; nobody ever read its 1 MB")
