from multiprocessing import Pipe, Process


def produce(conn):
    conn.send([1, 4, 9])
    conn.close()


if __name__ == "__main__":
    # Pipe(duplex=False) returns (receiving end, sending end).
    sender, receiver = Pipe(duplex=False)  # the names are swapped
    job = Process(target=produce, args=(sender,))
    job.start()
    job.join()
    print("child's exit code:", job.exitcode)
    print(receiver.recv())
