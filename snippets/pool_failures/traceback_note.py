"""An exception sent through a queue arrives without the worker's
traceback; a note holding the traceback's text travels with it."""
import sys
import traceback
from multiprocessing import Process, Queue


def parse(text):
    return int(text)


def work(text, results, with_note):
    try:
        results.put(parse(text))
    except Exception as error:
        if with_note:
            # Text is pickled with the exception; a traceback is not.
            trace = traceback.format_exc().rstrip()
            error.add_note("In the worker:\n" + trace)
        results.put(error)


def show(with_note):
    results = Queue()
    worker = Process(target=work, args=("x", results, with_note))
    worker.start()
    error = results.get()
    worker.join()
    traceback.print_exception(error, file=sys.stdout)


if __name__ == "__main__":
    print("--- the exception alone ---")
    show(with_note=False)
    print("--- with the worker's traceback as a note ---")
    show(with_note=True)
