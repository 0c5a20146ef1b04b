import multiprocessing as mp
import os


def child(flush, printed, done):
    print("  child: my line", flush=flush)
    printed.set()
    done.wait()  # keep running until the parent has printed


def run(ctx, flush=False):
    printed, done = ctx.Event(), ctx.Event()
    worker = ctx.Process(target=child, args=(flush, printed, done))
    worker.start()
    printed.wait()
    print("  parent: the child has printed its line", flush=True)
    done.set()
    worker.join()


if __name__ == "__main__":
    # spawn, as on macOS and Windows: each child is a new interpreter
    # that sets up its own sys.stdout.
    ctx = mp.get_context("spawn")
    os.environ.pop("PYTHONUNBUFFERED", None)
    print("print():", flush=True)
    run(ctx)
    print("print(..., flush=True):", flush=True)
    run(ctx, flush=True)
    os.environ["PYTHONUNBUFFERED"] = "1"  # inherited by the child
    print("PYTHONUNBUFFERED=1, print():", flush=True)
    run(ctx)
