from multiprocessing import Pipe

if __name__ == "__main__":
    receiver, sender = Pipe(duplex=False)
    data = b"0123456789"
    sender.send_bytes(data, 2, 5)  # offset and size count bytes
    print("send_bytes(data, 2, 5) sent", receiver.recv_bytes())
    # As a slice would take them: from the end, or to the end.
    for offset, size in [(-4, None), (12, None), (2, -1), (2, 10)]:
        try:
            sender.send_bytes(data, offset, size)
        except ValueError as error:
            print(f"send_bytes(data, {offset}, {size}): {error!r}")
    print("nothing was sent:", receiver.poll())
