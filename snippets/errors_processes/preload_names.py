import decimal
import multiprocessing


def work():
    print("the child runs")


if __name__ == "__main__":
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["json", decimal])
    print("preload list accepted")
    worker = context.Process(target=work)
    worker.start()
    worker.join()
