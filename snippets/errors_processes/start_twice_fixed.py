import sys
from multiprocessing import Process


def download(url, attempt):
    print("attempt", attempt, "downloading", url)
    sys.exit(0 if attempt == 2 else 1)  # the second attempt succeeds


if __name__ == "__main__":
    for attempt in range(1, 4):
        # A new Process object for every attempt.
        worker = Process(target=download,
                         args=("https://example.org", attempt))
        worker.start()
        worker.join()
        code = worker.exitcode
        worker.close()
        print("exit code", code)
        if code == 0:
            break
