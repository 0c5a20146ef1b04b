from multiprocessing.connection import Listener

ADDRESS = r"\\.\pipe\reports"  # a named pipe: a Windows address

if __name__ == "__main__":
    with Listener(ADDRESS, authkey=b"secret") as listener:
        print("listening on", listener.address)
