import multiprocessing as mp
import sys


def returns():
    return 42  # the return value is not kept anywhere


def exits():
    sys.exit(4)


def raises():
    raise RuntimeError("boom")


def waits(event):
    event.wait()


if __name__ == "__main__":
    never = mp.Event()  # nobody sets it: the child would wait forever
    for label, target, args in [
        ("returns", returns, ()),
        ("sys.exit(4)", exits, ()),
        ("raises", raises, ()),
        ("terminate()", waits, (never,)),
        ("kill()", waits, (never,)),
    ]:
        process = mp.Process(target=target, args=args)
        process.start()
        if label == "terminate()":
            process.terminate()
        elif label == "kill()":
            process.kill()
        process.join()
        print(f"{label:<12} exitcode {process.exitcode}")
