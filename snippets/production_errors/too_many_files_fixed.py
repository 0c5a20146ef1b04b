import sys
from multiprocessing import Pipe, Pool, Process


def square(n, sender=None):
    if sender is None:
        return n * n
    sender.send(n * n)


def run_jobs(count):
    exit_codes, results = [], []
    for n in range(count):
        receiver, sender = Pipe(duplex=False)
        job = Process(target=square, args=(n, sender))
        job.start()
        results.append(receiver.recv())
        job.join()
        exit_codes.append(job.exitcode)
        job.close()  # releases the process's file descriptors
    return exit_codes, results


if __name__ == "__main__":
    if sys.platform == "win32":
        print("resource.setrlimit is POSIX only")
        sys.exit(0)
    import resource

    # As `ulimit -n 32` would: at most 32 open files.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (32, hard))
    exit_codes, results = run_jobs(40)
    print("exit codes:", set(exit_codes))
    print("sum of the results:", sum(results))
    with Pool(2) as pool:  # or one pool for every job
        print("with one pool:", sum(pool.map(square, range(40))))
