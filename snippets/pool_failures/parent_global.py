from multiprocessing import Pool

setting = "the module's default"
from_initializer = None


def init_worker(value):
    global from_initializer
    from_initializer = value


def report(_):
    return setting, from_initializer


if __name__ == "__main__":
    # This assignment runs in the parent only: a worker that imports
    # the module afresh never executes it.
    setting = "set in the parent after import"
    with Pool(1, initializer=init_worker,
              initargs=("passed through initargs",)) as pool:
        seen, initialised = pool.apply(report, (0,))
    print("global set in the parent:   ", seen)
    print("global set by initializer:  ", initialised)
