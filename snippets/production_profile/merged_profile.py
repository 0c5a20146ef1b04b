import cProfile
import multiprocessing
import os
import pstats
import tempfile


def is_prime(n):
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return False
    return True


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        if is_prime(n):
            count += 1
    return count


def setup(folder):
    """Pool initializer: a profiler for this worker, and its file."""
    global profile, path
    profile = cProfile.Profile()
    path = os.path.join(folder, f"worker-{os.getpid()}.prof")


def profiled(limit):
    """Run one task under this worker's profiler, then save what it
    has gathered so far: no need to wait for the worker to exit."""
    profile.enable()
    try:
        return count_primes(limit)
    finally:
        profile.disable()
        # Every task so far, written whole: a file is either the old
        # one or the new one, even if the worker is killed meanwhile.
        profile.dump_stats(path + ".tmp")
        os.replace(path + ".tmp", path)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        with multiprocessing.Pool(2, setup, (folder,)) as pool:
            counts = pool.map(profiled, [40_000] * 8, chunksize=1)
        files = [name for name in os.listdir(folder)
                 if name.endswith(".prof")]
        stats = pstats.Stats(*[os.path.join(folder, name)
                               for name in files])  # merged
    print("results:", counts)
    print("profiles merged:", len(files))
    print(f"{'calls':>8} {'own s':>7} {'total s':>8}  function")
    rows = sorted(stats.strip_dirs().stats.items(),
                  key=lambda item: item[1][2], reverse=True)
    for func, (_, ncalls, own, total, _) in rows[:4]:
        name = pstats.func_std_string(func)
        print(f"{ncalls:>8} {own:>7.3f} {total:>8.3f}  {name}")
