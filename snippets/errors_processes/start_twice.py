import sys
from multiprocessing import Process


def download(url):
    print("downloading", url)
    sys.exit(1)  # the download failed


if __name__ == "__main__":
    worker = Process(target=download, args=("https://example.org",))
    worker.start()
    worker.join()
    if worker.exitcode != 0:
        print("exit code", worker.exitcode, "- trying again")
        worker.start()
