import multiprocessing
import pdb
import sys


def task(x):
    print("the child's stdin gives:", repr(sys.stdin.readline()))
    pdb.set_trace()  # pdb reads its commands from sys.stdin
    print("after set_trace(): x =", x)


if __name__ == "__main__":
    child = multiprocessing.Process(target=task, args=(21,))
    child.start()
    child.join()
    print("the child's exitcode:", child.exitcode)
