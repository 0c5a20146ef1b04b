import multiprocessing as mp
import sys

MODULES = ("decimal", "csv")  # nothing in this file imports them


def loaded():
    return {name: name in sys.modules for name in MODULES}


def report(results):
    results.put(loaded())


if __name__ == "__main__":
    if "forkserver" not in mp.get_all_start_methods():
        print("forkserver is not available on this platform")
        raise SystemExit
    # Before the first process: the fork server imports these once,
    # and every child forked from it starts with them loaded. The list
    # replaces the default, ["__main__"], so keep that in it.
    mp.set_forkserver_preload(["__main__", "decimal"])
    ctx = mp.get_context("forkserver")
    results = ctx.Queue()
    child = ctx.Process(target=report, args=(results,))
    child.start()
    print("loaded in the child:       ", results.get())
    child.join()
    print("loaded in the main process:", loaded())
