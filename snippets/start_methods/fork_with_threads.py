import multiprocessing as mp
import textwrap
import threading
import warnings


def count_threads(results):
    results.put(threading.active_count())


def fork_a_child(ctx):
    results = ctx.Queue()
    child = ctx.Process(target=count_threads, args=(results,))
    child.start()
    in_child = results.get()
    child.join()
    return in_child


if __name__ == "__main__":
    if "fork" not in mp.get_all_start_methods():
        print("fork is not available on this platform")
        raise SystemExit
    ctx = mp.get_context("fork")
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    print("threads in the parent:", threading.active_count())

    # Default filters: the warning is raised inside multiprocessing,
    # not in __main__, so it is hidden.
    with warnings.catch_warnings(record=True) as caught:
        print("threads in the child: ", fork_a_child(ctx))
    print("warnings with the default filters:", len(caught))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fork_a_child(ctx)
    print("warnings with every warning shown:", len(caught))
    for warning in caught:
        print(f"{warning.category.__name__}:")
        print(textwrap.indent(textwrap.fill(str(warning.message)), "  "))

    stop.set()
    helper.join()
