from multiprocessing import Manager
from multiprocessing.managers import SyncManager

if __name__ == "__main__":
    manager = SyncManager()  # made, not started
    try:
        counts = manager.dict()
    except AssertionError as error:
        print(f"never started: AssertionError: {error}")

    with Manager() as manager:
        counts = manager.dict(apples=3)
    totals = manager.dict()  # after the with block
