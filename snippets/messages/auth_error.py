import multiprocessing as mp
import threading
from multiprocessing.connection import Client, Listener


def serve_one(listener, seen):
    try:
        listener.accept()
    except mp.AuthenticationError as error:
        seen.append((type(error).__name__, str(error),
                     isinstance(error, mp.ProcessError)))


if __name__ == "__main__":
    with Listener(("127.0.0.1", 0), authkey=b"right key") as listener:
        seen = []
        server = threading.Thread(target=serve_one,
                                  args=(listener, seen), daemon=True)
        server.start()
        try:
            Client(listener.address, authkey=b"wrong key")
        except mp.ProcessError as error:  # the base class catches it
            print("client:", type(error).__name__, "-", error)
        server.join(timeout=30)
        print("server thread finished:", not server.is_alive())
        for name, message, is_process_error in seen:
            print("server:", name, "-", message)
            print("a ProcessError too:", is_process_error)
