from multiprocessing import Pool, current_process


def connect():
    # Every child starts with its parent's key.
    authkey = current_process().authkey
    return bytes(authkey)


if __name__ == "__main__":
    key = current_process().authkey
    with Pool(2) as pool:
        print("the worker has the parent's key:",
              pool.apply(connect) == key)
