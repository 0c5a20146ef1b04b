import multiprocessing as mp
import os


def crash():
    os.abort()  # the whole child process dies, as on a segfault


if __name__ == "__main__":
    process = mp.Process(target=crash)
    process.start()
    process.join()
    print(f"child exitcode: {process.exitcode}")
    print("the parent is still running")
