from multiprocessing import Pipe, Process


def add_up(conn):
    values = conn.recv()  # a flat list: pickled without recursion
    print(f"child: {len(values)} values, sum {sum(values)}")


if __name__ == "__main__":
    chain = None
    for value in range(100_000):
        chain = (value, chain)
    values = []
    while chain is not None:  # walk the chain into a list
        value, chain = chain
        values.append(value)
    receiver, sender = Pipe(duplex=False)
    job = Process(target=add_up, args=(receiver,))
    job.start()
    sender.send(values)
    job.join()
