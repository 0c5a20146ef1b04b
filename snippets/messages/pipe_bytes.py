import multiprocessing as mp

if __name__ == "__main__":
    reader, writer = mp.Pipe(duplex=False)
    payload = b"0123456789"
    writer.send_bytes(payload)  # the whole buffer, as one message
    writer.send_bytes(payload, 2, 3)  # offset 2, size 3: b"234"
    print("recv_bytes():", reader.recv_bytes())
    print("recv_bytes():", reader.recv_bytes())

    writer.send_bytes(b"hello")
    buf = bytearray(8)
    n = reader.recv_bytes_into(buf)  # fills the buffer, returns size
    print("recv_bytes_into:", n, "bytes ->", bytes(buf))

    writer.send_bytes(b"a longer message")
    try:
        reader.recv_bytes_into(bytearray(4))
    except mp.BufferTooShort as error:
        # The message is not lost: it travels in the exception.
        print("BufferTooShort, message was:", error.args[0])
        print("a ProcessError too:", isinstance(error, mp.ProcessError))

    writer.send_bytes(b"x" * 100)
    try:
        reader.recv_bytes(maxlength=10)  # refuse anything longer
    except OSError as error:
        print("recv_bytes(maxlength=10):", error)
        print("reader closed after that:", reader.closed)
    writer.close()
