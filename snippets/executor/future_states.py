from concurrent.futures import CancelledError, ProcessPoolExecutor
from multiprocessing import Manager


def blocked(started, go):
    started.set()
    go.wait()
    return "finished"


if __name__ == "__main__":
    with Manager() as manager:
        started, go = manager.Event(), manager.Event()
        with ProcessPoolExecutor(max_workers=1) as executor:
            first = executor.submit(blocked, started, go)
            started.wait()  # the only worker is now busy with it
            # The executor queues at most two tasks ahead of its one
            # worker, so the fourth task cannot have left the queue.
            later = [executor.submit(blocked, started, go)
                     for _ in range(3)]
            last = later[-1]
            print("first: running", first.running(),
                  "done", first.done())
            print("last:  running", last.running(),
                  "done", last.done())
            print("first.cancel():", first.cancel())
            print("last.cancel():", last.cancel())
            print("last: cancelled", last.cancelled(),
                  "done", last.done())
            go.set()
            print("first.result():", first.result())
            try:
                last.result()
            except CancelledError:
                print("last.result() raised CancelledError")
