from multiprocessing.managers import BaseManager


class QueueClient(BaseManager):
    pass


# No callable: the object lives in a server started elsewhere.
QueueClient.register("get_queue")

if __name__ == "__main__":
    manager = QueueClient(address=("127.0.0.1", 0), authkey=b"secret")
    manager.start()  # starts a server of its own: connect() was meant
    try:
        jobs = manager.get_queue()
    finally:
        manager.shutdown()
