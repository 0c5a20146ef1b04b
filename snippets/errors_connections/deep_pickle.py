from multiprocessing import Pipe, Process


def receive(conn):
    while conn.recv() is not None:
        pass


if __name__ == "__main__":
    receiver, sender = Pipe(duplex=False)
    job = Process(target=receive, args=(receiver,))
    job.start()
    for length in (500, 5_000, 20_000, 100_000):
        chain = None
        for value in range(length):
            chain = (value, chain)  # a linked list: (value, rest)
        try:
            sender.send(chain)
            print(f"a chain of {length:,}: sent")
        except RecursionError as error:
            print(f"a chain of {length:,}: RecursionError")
            last = error
    sender.send(None)
    job.join()
    print(f"{type(last).__name__}: {last}")
    notes = getattr(last, "__notes__", [])
    print(f"{len(notes)} notes, the first: {notes[:1]}")
