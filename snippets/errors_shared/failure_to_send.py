import logging
import logging.handlers
import multiprocessing
from multiprocessing.connection import Client
from multiprocessing.managers import SyncManager


def log_to(records):
    # In the manager's process: its INFO log goes into `records`.
    logger = multiprocessing.get_logger()
    logger.setLevel(logging.INFO)
    logger.addHandler(logging.handlers.QueueHandler(records))


if __name__ == "__main__":
    records = multiprocessing.Queue()
    manager = SyncManager()
    manager.start(log_to, (records,))
    # A client that connects and leaves before the handshake, as a
    # process killed while it connects does.
    Client(manager.address).close()
    message = ""
    while not message.startswith(" ... exception was"):
        record = records.get(timeout=10)
        message = record.getMessage()
        print(f"[{record.levelname}/{record.processName}] {message}")
    manager.shutdown()
