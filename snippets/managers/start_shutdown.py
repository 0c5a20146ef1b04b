from multiprocessing.managers import SyncManager

if __name__ == "__main__":
    manager = SyncManager()
    manager.start()  # starts the server process
    # The default address is a file path or pipe name, not a port.
    print("address is a", type(manager.address).__name__)
    scores = manager.dict(a=1)
    manager.join(timeout=0.2)  # nothing has asked the server to stop
    print("after join(timeout=0.2), scores['a'] =", scores["a"])
    manager.shutdown()  # stops the server process and waits for it
    manager.join()  # returns at once: it has already exited
    print("after shutdown() and join(): stopped")
    try:
        scores["a"]
    except (OSError, EOFError) as error:
        print("a proxy used now:", type(error).__name__)
