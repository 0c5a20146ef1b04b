import cProfile
import multiprocessing
import pstats

# Calls that block until another thread or process acts (Linux names).
WAITS = ("{method 'acquire' of '_thread.lock' objects}",
         "{built-in method posix.read}",
         "{method 'poll' of 'select.poll' objects}")
POOL_THREADS = ("_handle_results", "_handle_tasks", "_handle_workers")


def count_primes(limit):
    """CPU work: count the primes below limit, the slow way."""
    return sum(all(n % d for d in range(2, int(n ** 0.5) + 1))
               for n in range(2, limit))


if __name__ == "__main__":
    with cProfile.Profile() as profile:
        with multiprocessing.Pool(2) as pool:
            counts = pool.map(count_primes, [100_000] * 8)
    print("primes below 100000:", counts[0])
    stats = pstats.Stats(profile).stats  # {function: its figures}
    calls = dict.fromkeys(("count_primes",) + POOL_THREADS, 0)
    own = dict.fromkeys(WAITS, 0.0)
    for function, (_, ncalls, own_time, _, _) in stats.items():
        if function[2] in calls:
            calls[function[2]] += ncalls
        name = pstats.func_std_string(function)
        if name in own:
            own[name] += own_time
    print("calls of count_primes() in the profile:",
          calls["count_primes"])
    threads = [name for name in POOL_THREADS if calls[name]]
    print("the pool's threads in the profile:",
          ", ".join(threads) or "none")
    total = sum(figures[2] for figures in stats.values())
    print(f"own time in these waits: {sum(own.values()) / total:.0%}"
          " of the total")
    print("  own s  function")
    for name in sorted(own):
        if name in (pstats.func_std_string(f) for f in stats):
            print(f"  {own[name]:5.3f}  {name}")
