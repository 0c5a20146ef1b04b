import logging
import multiprocessing as mp


def work():
    mp.get_logger().info("hello from the child")


if __name__ == "__main__":
    logger = mp.log_to_stderr(logging.DEBUG)  # handler, level
    logger.info("starting one process")
    process = mp.Process(target=work, name="worker")
    process.start()
    process.join()
    logger.info("joined, exitcode %s", process.exitcode)
