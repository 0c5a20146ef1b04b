import os
from concurrent.futures import ProcessPoolExecutor


def square_and_pid(x):
    return x * x, os.getpid()


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as executor:
        # chunksize=4: the twelve inputs travel as three messages of
        # four; each message is handled by one worker.
        pairs = list(executor.map(square_and_pid, range(12),
                                  chunksize=4))
    print("results, in input order:", [s for s, _ in pairs])
    for start in range(0, 12, 4):
        pids = {pid for _, pid in pairs[start:start + 4]}
        print(f"inputs {start}-{start + 3} ran in {len(pids)} process")
