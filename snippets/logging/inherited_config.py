import logging
import multiprocessing as mp
import sys


def describe(who):
    root = logging.getLogger()
    print(f"{who}: root level {logging.getLevelName(root.level)},"
          f" {len(root.handlers)} handler(s)", flush=True)


def child():
    describe("child ")
    log = logging.getLogger("app")
    log.info("an INFO record from the child")
    log.warning("a WARNING record from the child")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, stream=sys.stdout,
                        format="[%(processName)s] %(message)s")
    describe("parent")
    process = mp.Process(target=child, name="child")
    process.start()
    process.join()
