import multiprocessing as mp
import sys


def leave(value):
    sys.exit(value)


if __name__ == "__main__":
    for value in (None, "no input file", 255, 256, -1):
        process = mp.Process(target=leave, args=(value,))
        process.start()
        process.join()
        print(f"sys.exit({value!r}): exitcode {process.exitcode}")
