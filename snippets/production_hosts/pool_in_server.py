import json
import multiprocessing
import os
import threading
import urllib.request
from concurrent.futures import ProcessPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def checksum(n):
    """The CPU-bound part of a request, run in a worker process."""
    return os.getpid(), sum(i * i for i in range(n)) % 1_000_003


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        n = int(self.path.strip("/"))
        # The server's one pool: nothing is started per request
        pid, value = self.server.pool.submit(checksum, n).result()
        body = json.dumps({"n": n, "value": value, "worker": pid})
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args):
        pass  # no access log on stderr


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as pool:
        # Start the workers now, before the server starts any thread
        pool.submit(os.getpid).result()
        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.pool = pool
        thread = threading.Thread(target=server.serve_forever)
        thread.start()
        url = "http://127.0.0.1:%d/" % server.server_address[1]
        # No proxy from the environment: straight to 127.0.0.1
        client = urllib.request.build_opener(
            urllib.request.ProxyHandler({}))
        workers = set()
        for n in (10, 1000, 100000):
            with client.open(url + str(n), timeout=30) as r:
                reply = json.load(r)
            workers.add(reply.pop("worker"))
            print(reply)
        pool_pids = {p.pid for p in multiprocessing.active_children()}
        print("answered by the pool's workers:", workers <= pool_pids)
        print("none by the server process:", os.getpid() not in workers)
        server.shutdown()  # serve_forever() returns
        server.server_close()
        thread.join()
    print("server stopped, pool shut down")
