from multiprocessing import Condition

if __name__ == "__main__":
    condition = Condition()
    try:
        condition.wait(timeout=0.1)  # the lock is not held
    except AssertionError as error:
        print(f"wait() without the lock: AssertionError: {error}")
    try:
        condition.notify()
    except AssertionError as error:
        print(f"notify() without the lock: AssertionError: {error}")
    with condition:
        condition.notify()  # nobody waits: it wakes no one
        print("wait() holding the lock returns:", condition.wait(0.1))
