import faulthandler
import multiprocessing


def enabled():
    return faulthandler.is_enabled()


if __name__ == "__main__":
    faulthandler.enable()
    print("in the parent:", faulthandler.is_enabled())
    with multiprocessing.Pool(1) as pool:
        print("in a worker:", pool.apply(enabled))
