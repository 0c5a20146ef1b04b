import multiprocessing as mp
import socket


def ask(address):
    # The fix: the call that can block gets a deadline of its own.
    with socket.create_connection(address, timeout=1) as connection:
        return connection.recv(100)


def square(x):
    return x * x


if __name__ == "__main__":
    with socket.create_server(("127.0.0.1", 0)) as silent:
        with mp.Pool(1) as pool:
            tasks = {
                "ask": pool.apply_async(ask, (silent.getsockname(),)),
                "square(3)": pool.apply_async(square, (3,)),
            }
            for task, result in tasks.items():
                try:
                    # A limit here too, far above the task's own.
                    print(f"{task}: {result.get(timeout=60)}")
                except OSError as error:
                    name = type(error).__name__
                    print(f"{task} failed: {name}: {error}")
