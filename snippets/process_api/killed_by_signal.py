import multiprocessing as mp
import signal


def wait_forever(event):
    event.wait()


if __name__ == "__main__":
    never = mp.Event()  # never set
    process = mp.Process(target=wait_forever, args=(never,))
    process.start()
    print("alive:", process.is_alive(), "exitcode:", process.exitcode)

    process.terminate()  # SIGTERM on POSIX, TerminateProcess on Windows
    process.join()  # returns normally: no exception reaches the parent
    code = process.exitcode
    print("alive:", process.is_alive(), "exitcode:", code)
    if code < 0:
        print("killed by", signal.Signals(-code).name)
