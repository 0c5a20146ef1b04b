import concurrent.futures
import ctypes
import faulthandler


def parse(record):
    # Stands for a bug in an extension module.
    return ctypes.string_at(0)


if __name__ == "__main__":
    # The initializer enables faulthandler in each worker as it starts.
    with concurrent.futures.ProcessPoolExecutor(
            1, initializer=faulthandler.enable) as executor:
        future = executor.submit(parse, "record 7")
        try:
            future.result()
        except concurrent.futures.process.BrokenProcessPool as error:
            print("BrokenProcessPool:", error)
