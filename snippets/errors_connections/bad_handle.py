import socket
from multiprocessing.connection import Connection

if __name__ == "__main__":
    left, right = socket.socketpair()
    with left:
        pass  # the with block closed the socket
    print("fileno() of a closed socket:", left.fileno())
    try:
        Connection(left.fileno())
    except ValueError as error:
        print(repr(error))
    # An end that may neither read nor write is refused too.
    Connection(right.detach(), readable=False, writable=False)
