import multiprocessing as mp


def produce(writer):
    for n in range(3):
        writer.send(n)
    writer.close()


if __name__ == "__main__":
    reader, writer = mp.Pipe(duplex=False)  # data flows writer -> reader
    for name, end in (("reader", reader), ("writer", writer)):
        print(f"{name}: readable={end.readable} writable={end.writable}")
    print("fileno() is an", type(reader.fileno()).__name__)
    try:
        reader.send("wrong way")
    except OSError as error:
        print("send() on the reader:", error)
    print("poll(0.1) with nothing sent:", reader.poll(0.1))

    p = mp.Process(target=produce, args=(writer,))
    p.start()
    writer.close()  # our copy: EOFError needs every write end closed
    print("writer closed:", writer.closed)
    print("poll(30):", reader.poll(30))  # waits until data is there
    while True:
        try:
            print("recv():", reader.recv())
        except EOFError:
            print("EOFError: the child closed its end, nothing left")
            break
    # at end of input poll() is True too: the next recv() raises again
    print("poll() at end of input:", reader.poll())
    p.join()
    reader.close()
