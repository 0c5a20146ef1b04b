import multiprocessing as mp
import socket
from concurrent import futures


def ask(address):
    # The server never answers, and no timeout is set on the socket:
    # recv() waits for ever.
    with socket.create_connection(address) as connection:
        return connection.recv(100)


def square(x):
    return x * x


def name_of(error):
    return f"{type(error).__module__}.{type(error).__qualname__}"


if __name__ == "__main__":
    silent = socket.create_server(("127.0.0.1", 0))

    # maxtasksperchild=1: a fresh worker after each finished task.
    with mp.Pool(1, maxtasksperchild=1) as pool:
        print("Pool(1, maxtasksperchild=1):")
        tasks = {
            "ask": pool.apply_async(ask, (silent.getsockname(),)),
            "square(3)": pool.apply_async(square, (3,)),
        }
        for task, result in tasks.items():
            try:
                print(f"  {task}: {result.get(timeout=2)}")
            except mp.TimeoutError as error:
                print(f"  {task}: no result in 2 s:", name_of(error))
    # The with block ends with terminate(): the stuck worker is killed.
    silent.close()

    silent = socket.create_server(("127.0.0.1", 0))
    silent.settimeout(30)  # accept() below must not wait for ever
    with futures.ProcessPoolExecutor(1) as executor:
        print("ProcessPoolExecutor(1):")
        future = executor.submit(ask, silent.getsockname())
        try:
            print("  ask:", future.result(timeout=2))
        except futures.TimeoutError as error:
            print("  ask: no result in 2 s:", name_of(error))
        # Its worker cannot be stopped (before 3.14), and leaving the
        # with block waits for it. Here the server can hang up:
        connection, _ = silent.accept()
        connection.close()  # recv() returns b"": the task ends
    silent.close()
    print("the task returned", future.result())
