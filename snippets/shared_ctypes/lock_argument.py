import multiprocessing as mp


def describe(label, shared):
    kind = type(shared).__name__
    if hasattr(shared, "get_lock"):
        lock = type(shared.get_lock()).__name__
        print(f"{label:<27} {kind:<18} get_lock(): {lock}")
    else:
        print(f"{label:<27} {kind:<18} no get_lock()")


if __name__ == "__main__":
    describe('Value("i")', mp.Value("i"))
    describe('Value("i", lock=False)', mp.Value("i", lock=False))
    describe('RawValue("i")', mp.RawValue("i"))
    describe('Array("i", 3)', mp.Array("i", 3))
    describe('Array("i", 3, lock=False)', mp.Array("i", 3, lock=False))
    describe('RawArray("i", 3)', mp.RawArray("i", 3))
    describe('Array("c", 3)', mp.Array("c", 3))

    # One lock for two values: hold it to change both as one step.
    # An RLock, since .value takes the lock again inside the with.
    lock = mp.RLock()
    checking = mp.Value("i", 100, lock=lock)
    savings = mp.Value("i", 0, lock=lock)
    describe('Value("i", lock=lock)', checking)
    same = checking.get_lock() is savings.get_lock() is lock
    print(f"both values share that lock: {same}")
    with lock:
        checking.value -= 30
        savings.value += 30
    print(f"checking {checking.value}, savings {savings.value}")
