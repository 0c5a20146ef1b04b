import queue
from multiprocessing.managers import BaseManager

jobs = queue.Queue()


def get_jobs():
    return jobs


class QueueServer(BaseManager):  # registers the callable
    pass


class QueueClient(BaseManager):  # registers the name only
    pass


QueueServer.register("get_queue", callable=get_jobs)
QueueClient.register("get_queue")

if __name__ == "__main__":
    # The server side: in real use, a program of its own.
    with QueueServer(("127.0.0.1", 0), b"secret") as server:
        client = QueueClient(server.address, b"secret")
        client.connect()  # to the running server: no start()
        client.get_queue().put("job 1")
        print("got back:", client.get_queue().get())
