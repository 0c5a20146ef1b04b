import multiprocessing as mp
import os


def worker(number):
    # Runs in the child process: its own PID, its own interpreter.
    print(f"worker {number} running in process {os.getpid()}")


if __name__ == "__main__":
    process = mp.Process(target=worker, args=(1,))
    print(f"main process {os.getpid()} starts a child")
    process.start()  # the child begins to run now
    process.join()  # wait here until it has finished
    print(f"child exited with code {process.exitcode}")
