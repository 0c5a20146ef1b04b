import multiprocessing
from multiprocessing import Manager, Pool


def wait_then_answer(go):
    go.wait()  # hold the task until the parent says go
    return 42


if __name__ == "__main__":
    with Manager() as manager, Pool(1) as pool:
        go = manager.Event()
        pending = pool.apply_async(wait_then_answer, (go,))
        # wait() gives up quietly after its timeout; get() raises.
        print("wait(0.5) returned:", pending.wait(0.5))
        print("ready():", pending.ready())
        try:
            pending.get(timeout=0.5)
        except multiprocessing.TimeoutError as error:
            print("get(timeout=0.5) raised", type(error).__name__)
            print("  a built-in TimeoutError?",
                  isinstance(error, TimeoutError))
        go.set()
        print("get() after go:", pending.get(timeout=30))
        print("ready(), successful():",
              pending.ready(), pending.successful())
