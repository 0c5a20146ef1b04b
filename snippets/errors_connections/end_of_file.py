import socket
import threading
from multiprocessing.connection import Listener


def health_check(address):
    # Not a multiprocessing Client: a plain socket that speaks HTTP.
    with socket.create_connection(address) as sock:
        sock.sendall(b"GET /health HTTP/1.0\r\n\r\n")


if __name__ == "__main__":
    with Listener(("127.0.0.1", 0)) as listener:
        checker = threading.Thread(target=health_check,
                                   args=(listener.address,))
        checker.start()
        with listener.accept() as conn:
            checker.join()  # it sent 24 bytes and closed its socket
            length = int.from_bytes(b"GET ", "big")
            print("the length header b'GET ' announces", length)
            message = conn.recv()
