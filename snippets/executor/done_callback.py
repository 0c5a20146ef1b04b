import threading
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Manager

calls = []
called = threading.Event()


def wait_for(go):
    go.wait()
    return 42


def record(future):
    calls.append(threading.current_thread() is threading.main_thread())
    called.set()


if __name__ == "__main__":
    with Manager() as manager:
        go = manager.Event()
        with ProcessPoolExecutor(max_workers=1) as executor:
            future = executor.submit(wait_for, go)
            # Not done yet: the callback runs when the result arrives,
            # in the executor's own thread, maybe after result()
            # has returned here; hence the Event.
            future.add_done_callback(record)
            go.set()
            print("result:", future.result())
            called.wait()
            print("added before done, ran in the main thread:",
                  calls[0])
            # Already done: the callback runs at once, right here.
            future.add_done_callback(record)
            print("added after done, ran in the main thread:",
                  calls[1])
