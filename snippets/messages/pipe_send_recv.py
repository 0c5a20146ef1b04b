import multiprocessing as mp


def child(conn):
    request = conn.recv()  # any picklable object
    conn.send({"echo": request, "length": len(request)})
    conn.close()


if __name__ == "__main__":
    parent_end, child_end = mp.Pipe()  # duplex: both ends send and recv
    p = mp.Process(target=child, args=(child_end,))
    p.start()
    parent_end.send(["a", "list", "of", "words"])
    print("reply:", parent_end.recv())
    p.join()
    parent_end.close()
    print("closed:", parent_end.closed)
