from multiprocessing.connection import Listener

if __name__ == "__main__":
    # No address: the listener makes one up for the family it is given.
    with Listener(family="AF_INET6") as listener:
        print("listening on", listener.address)
