import multiprocessing as mp


def value(semaphore):
    try:
        return semaphore.get_value()
    except NotImplementedError:  # macOS has no sem_getvalue()
        return "unknown on this platform"


if __name__ == "__main__":
    plain = mp.Semaphore(2)
    plain.acquire()
    plain.release()
    plain.release()  # one more release than acquires
    print("Semaphore(2) after an extra release:", value(plain))

    bounded = mp.BoundedSemaphore(2)
    bounded.acquire()
    bounded.release()
    try:
        bounded.release()  # the same mistake
    except ValueError as error:
        print("BoundedSemaphore(2): ValueError:", error)
    else:  # per the CPython docs, macOS cannot check this
        print("BoundedSemaphore(2): no error on this platform")
    print("BoundedSemaphore(2) value:", value(bounded))
