"""Two tests: the first leaves a thread behind that holds a lock, the
way a library's background thread can; the second uses a pool whose
task needs that lock."""
import multiprocessing
import threading

LOCK = threading.Lock()  # say, a library's cache lock
TAKEN = threading.Event()


def hold_the_lock():
    with LOCK:
        TAKEN.set()
        threading.Event().wait()  # busy "forever"


def cached_square(x):
    with LOCK:
        return x * x


def test_warm_up_in_the_background():
    threading.Thread(target=hold_the_lock, daemon=True).start()
    TAKEN.wait()


def test_pool():
    with multiprocessing.Pool(2) as pool:  # the default start method
        assert pool.map(cached_square, range(5)) == [0, 1, 4, 9, 16]
