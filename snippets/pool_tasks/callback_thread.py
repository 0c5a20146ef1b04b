import threading
from multiprocessing import Pool, current_process


def inverse(x):
    return 1 / x


def where():
    return (f"{current_process().name}, "
            f"{threading.current_thread().name}")


def on_value(value):
    print(f"callback({value!r}) ran in {where()}")


def on_error(error):
    print(f"error_callback({error!r}) ran in {where()}")


if __name__ == "__main__":
    print(f"main code runs in {where()}")
    with Pool(2) as pool:
        # Each callback runs in the parent once its result is in;
        # wait() returns only after that.
        pool.apply_async(inverse, (4,), callback=on_value).wait(30)
        pool.apply_async(inverse, (0,), error_callback=on_error).wait(30)
        # map_async calls back once, with the whole list.
        pool.map_async(inverse, [1, 2], callback=on_value).wait(30)
