import threading
from multiprocessing.connection import Client, Listener


def serve_one(listener):
    with listener.accept() as conn:  # checks the client's key first
        print("server: client from", listener.last_accepted[0])
        request = conn.recv()
        conn.send(sum(request))


if __name__ == "__main__":
    # Port 0: the OS picks a free port; listener.address says which.
    with Listener(("127.0.0.1", 0), authkey=b"s3cret") as listener:
        host, port = listener.address
        print("listening on", host, "port > 0:", port > 0)
        server = threading.Thread(target=serve_one, args=(listener,),
                                  daemon=True)
        server.start()
        with Client(listener.address, authkey=b"s3cret") as conn:
            conn.send([1, 2, 3])
            print("client: the server says", conn.recv())
        server.join(timeout=30)
