from multiprocessing import AuthenticationError, Process
from multiprocessing.managers import BaseManager

KEY = b"board secret"


class Board:
    """The shared object; it lives in the server process."""

    def __init__(self):
        self._notes = []

    def post(self, note):
        self._notes.append(note)
        return len(self._notes)

    def notes(self):
        return sorted(self._notes)

    def clear(self):
        self._notes.clear()


THE_BOARD = Board()


def get_board():
    # Called in the server for each manager.Board(): returning the
    # same object is what makes every client share one board.
    return THE_BOARD


class BoardManager(BaseManager):
    pass


# At module level, so a process that imports this file (spawn,
# forkserver) registers it too; clear() is left out of `exposed`.
BoardManager.register("Board", callable=get_board,
                      exposed=("post", "notes"))


def client(address, name):
    manager = BoardManager(address=address, authkey=KEY)
    manager.connect()  # no new server: talk to the running one
    board = manager.Board()
    board.post(f"hello from {name}")


if __name__ == "__main__":
    server = BoardManager(address=("127.0.0.1", 0), authkey=KEY)
    server.start()
    host, port = server.address  # port 0 became a free port
    print("serving on", host, "port > 0:", port > 0)
    board = server.Board()
    print("posts on the board:", board.post("hello from the owner"))
    child = Process(target=client, args=(server.address, "a client"))
    child.start()
    child.join()
    print("notes:", board.notes())
    try:
        board.clear()
    except AttributeError as error:
        print("AttributeError:", error)
    intruder = BoardManager(address=server.address, authkey=b"guess")
    try:
        intruder.connect()
    except AuthenticationError as error:
        print("wrong authkey: AuthenticationError:", error)
    server.shutdown()
