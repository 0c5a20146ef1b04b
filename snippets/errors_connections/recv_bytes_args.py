from multiprocessing import Pipe

if __name__ == "__main__":
    receiver, sender = Pipe(duplex=False)
    sender.send_bytes(b"hello")
    buffer = bytearray(8)
    calls = [("recv_bytes(-1)", lambda: receiver.recv_bytes(-1)),
             ("recv_bytes_into(buffer, -1)",
              lambda: receiver.recv_bytes_into(buffer, -1)),
             ("recv_bytes_into(buffer, 9)",
              lambda: receiver.recv_bytes_into(buffer, 9))]
    for text, call in calls:
        try:
            call()
        except ValueError as error:
            print(f"{text}: {error!r}")
    # Each call failed before reading: the message is still there.
    print("recv_bytes_into(buffer, 3):",
          receiver.recv_bytes_into(buffer, 3), buffer)
