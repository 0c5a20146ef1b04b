import multiprocessing as mp


def report(label, queue):
    key = mp.current_process().authkey  # inherited from the parent
    # an AuthenticationString refuses to be pickled: send plain bytes
    queue.put((label, bytes(key)))


if __name__ == "__main__":
    key = mp.current_process().authkey
    print(f"main key: {type(key).__name__}, {len(key)} bytes")

    queue = mp.Queue()
    default = mp.Process(target=report, args=("default", queue))
    custom = mp.Process(target=report, args=("custom", queue))
    custom.authkey = b"not so secret"  # set before start()
    for process in (default, custom):
        process.start()
    keys = dict(queue.get(timeout=30) for _ in range(2))
    for process in (default, custom):
        process.join()

    print("default child has the main key:", keys["default"] == key)
    print("custom child has:", keys["custom"])
