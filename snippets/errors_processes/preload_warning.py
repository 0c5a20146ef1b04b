import multiprocessing
import os


def work():
    print("the child runs")


if __name__ == "__main__":
    # The fork server is a new Python: ImportWarning is ignored there
    # unless the environment (or -W) turns it on.
    os.environ["PYTHONWARNINGS"] = "default::ImportWarning"
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["json", "decimals"], on_error="warn")
    worker = context.Process(target=work)
    worker.start()
    worker.join()
    print("exit code:", worker.exitcode)
