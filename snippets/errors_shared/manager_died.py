import multiprocessing
from multiprocessing.managers import SyncManager


def watch(state, ready, go):
    print("worker reads:", state["mode"])
    ready.set()
    go.wait()
    for attempt in range(3):  # a loop that retries, as PiFinder's did
        try:
            print("worker reads:", state["mode"])
        except (OSError, EOFError) as error:
            print(f"worker: {type(error).__name__}: {error}")


if __name__ == "__main__":
    ready = multiprocessing.Event()
    go = multiprocessing.Event()
    manager = SyncManager(address=("127.0.0.1", 0))
    manager.start()
    state = manager.dict(mode="idle")
    worker = multiprocessing.Process(target=watch,
                                     args=(state, ready, go))
    worker.start()
    ready.wait()
    # Stand-in for the OOM killer or a `kill -9`: kill the manager.
    manager._process.kill()
    manager._process.join()
    go.set()
    worker.join()
    print("parent reads:", state["mode"])
