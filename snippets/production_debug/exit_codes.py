import ctypes
import multiprocessing
import os
import signal
import sys


def finish():
    pass


def exit_3():
    sys.exit(3)


def kill_9():
    # What the out-of-memory killer does: SIGKILL, which no handler
    # can catch (Windows has no SIGKILL: os.kill() ends the process).
    os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def segfault():
    ctypes.string_at(0)  # reads address 0: a crash in C code


def explain(code):
    if code < 0:
        name = signal.Signals(-code).name
        return f"killed by {name}; a shell would show {128 - code}"
    return f"exited with status {code}"


if __name__ == "__main__":
    for target in (finish, exit_3, kill_9, segfault):
        child = multiprocessing.Process(target=target)
        child.start()
        child.join()
        print(f"{target.__name__}: exitcode {child.exitcode}, "
              f"{explain(child.exitcode)}")
