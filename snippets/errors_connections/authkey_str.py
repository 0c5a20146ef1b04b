from multiprocessing.connection import Listener

if __name__ == "__main__":
    address = ("127.0.0.1", 0)
    with Listener(address, authkey="secret") as listener:
        print("listening on", listener.address)
