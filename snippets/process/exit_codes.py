import multiprocessing as mp
import sys


def finishes():
    pass


def exits_with_3():
    sys.exit(3)


def raises():
    raise ValueError("something went wrong in the child")


if __name__ == "__main__":
    for target in (finishes, exits_with_3, raises):
        process = mp.Process(target=target, name=target.__name__)
        process.start()
        process.join()
        print(f"{process.name}: exitcode {process.exitcode}")
