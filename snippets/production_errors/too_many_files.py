import sys
from multiprocessing import Pipe, Process


def square(n, sender):
    sender.send(n * n)


def run_jobs(count):
    jobs, results = [], []
    for n in range(count):
        receiver, sender = Pipe(duplex=False)
        job = Process(target=square, args=(n, sender))
        job.start()
        results.append(receiver.recv())
        job.join()
        jobs.append(job)  # kept, to check the exit codes at the end
    return jobs, results


if __name__ == "__main__":
    if sys.platform == "win32":
        print("resource.setrlimit is POSIX only")
        sys.exit(0)
    import resource

    # As `ulimit -n 32` would: at most 32 open files, so it fails soon.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (32, hard))
    try:
        jobs, results = run_jobs(40)
    except OSError as error:
        # Not raised on: with no file left, Python could not even open
        # the source files to print the traceback.
        print(f"{type(error).__name__}: {error}")
        sys.exit(1)
    print("exit codes:", {job.exitcode for job in jobs})
    print("sum of the results:", sum(results))
