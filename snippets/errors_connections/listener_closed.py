from multiprocessing.connection import Listener


def open_listener():
    with Listener(("127.0.0.1", 0), authkey=b"secret") as listener:
        return listener  # leaving the with block closes it


if __name__ == "__main__":
    listener = open_listener()
    try:
        print("listening on", listener.address)
    except AttributeError as error:
        print("address:", repr(error))
    connection = listener.accept()
