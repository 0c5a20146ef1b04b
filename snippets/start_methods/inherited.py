import multiprocessing as mp
import os
import tempfile

log = None  # replaced by an open file in the main block


def inspect(fd, file_id, results):
    # The global as this child sees it, and whether descriptor number
    # `fd` here is the parent's file (an unrelated file may reuse it).
    try:
        info = os.fstat(fd)
        same = (info.st_dev, info.st_ino) == file_id
        fd_state = "the same file" if same else "another file"
    except OSError:
        fd_state = "not open"
    seen = "None" if log is None else "an open file"
    results.put((seen, fd_state))


if __name__ == "__main__":
    log = tempfile.TemporaryFile()
    fd = log.fileno()
    info = os.fstat(fd)
    file_id = (info.st_dev, info.st_ino)
    print(f"{'method':<11} {'global log':<15} descriptor {fd} in child")
    for method in mp.get_all_start_methods():
        ctx = mp.get_context(method)
        results = ctx.Queue()
        child = ctx.Process(target=inspect, args=(fd, file_id, results))
        child.start()
        kind, fd_state = results.get()
        child.join()
        print(f"{method:<11} {kind:<15} {fd_state}")
    log.close()
