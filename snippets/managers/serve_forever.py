from multiprocessing import Pipe, Process
from multiprocessing.managers import BaseManager

KEY = b"counter secret"


class Counter:
    def __init__(self):
        self._value = 0

    def add(self, amount):
        self._value += amount
        return self._value


THE_COUNTER = Counter()


def get_counter():
    return THE_COUNTER


class CounterManager(BaseManager):
    pass


CounterManager.register("Counter", callable=get_counter)


def run_server(conn):
    manager = CounterManager(address=("127.0.0.1", 0), authkey=KEY)
    server = manager.get_server()  # serves from this very process
    conn.send(server.address)  # the real port, picked by the OS
    server.serve_forever()  # until this process is stopped


if __name__ == "__main__":
    ours, theirs = Pipe()
    server_process = Process(target=run_server, args=(theirs,))
    server_process.start()
    address = ours.recv()
    print("server at", address[0], "port > 0:", address[1] > 0)
    for name in ["first", "second"]:
        manager = CounterManager(address=address, authkey=KEY)
        manager.connect()
        counter = manager.Counter()
        print(f"{name} client: add(5) ->", counter.add(5))
        del counter  # let the server drop its reference to it
    # Only the manager that start()ed a server gets a shutdown().
    print("a connected manager has shutdown():",
          hasattr(manager, "shutdown"))
    server_process.terminate()  # serve_forever() never returns
    server_process.join()
    print("server process alive:", server_process.is_alive())
