import multiprocessing as mp
import time


def nothing():
    pass


def seconds_per_process(ctx, at_least=0.5):
    # The first start pays one-off costs (the fork server itself, cold
    # caches): leave it out, then keep starting until the total is long
    # enough to measure.
    warm_up = ctx.Process(target=nothing)
    warm_up.start()
    warm_up.join()
    count, start = 0, time.perf_counter()
    while count < 5 or time.perf_counter() - start < at_least:
        child = ctx.Process(target=nothing)
        child.start()
        child.join()
        count += 1
    return (time.perf_counter() - start) / count, count


if __name__ == "__main__":
    for method in mp.get_all_start_methods():
        ctx = mp.get_context(method)
        seconds, count = seconds_per_process(ctx)
        print(f"{method:<10} {seconds * 1000:7.2f} ms per process "
              f"({count} started and joined)")
