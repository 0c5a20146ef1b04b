from multiprocessing import Pool, current_process


def connect(authkey):
    # e.g. Client(address, authkey=authkey) to reach a manager
    return len(authkey)


if __name__ == "__main__":
    key = current_process().authkey
    with Pool(2) as pool:
        print(pool.apply(connect, (key,)))
