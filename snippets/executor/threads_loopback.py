import socket
import socketserver
import threading
import time
from concurrent.futures import ThreadPoolExecutor

DELAY = 0.2  # each reply takes this long: a slow server


class SlowEcho(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        time.sleep(DELAY)
        self.request.sendall(data.upper())


def fetch(address, word):
    with socket.create_connection(address, timeout=30) as conn:
        conn.sendall(word.encode())
        return conn.recv(100).decode()


if __name__ == "__main__":
    # Five at once: the server's default listen backlog is five.
    words = ["ant", "bee", "cat", "dog", "eel"]
    # Port 0: the system picks a free port on the loopback interface.
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0),
                                         SlowEcho) as server:
        serving = threading.Thread(target=server.serve_forever)
        serving.start()
        try:
            start = time.perf_counter()
            with ThreadPoolExecutor(len(words)) as executor:
                replies = list(executor.map(
                    fetch, [server.server_address] * len(words), words))
            elapsed = time.perf_counter() - start
        finally:
            server.shutdown()
            serving.join()
    print("replies:", replies)
    print(f"{len(words)} requests of {DELAY} s each, in parallel: "
          f"{elapsed:.3f} s (serially at least "
          f"{len(words) * DELAY:.1f} s)")
