import multiprocessing as mp
import threading
import time


def wait_at(barrier, outcomes):
    try:
        barrier.wait()
        outcomes.put("passed")
    except threading.BrokenBarrierError:
        outcomes.put("BrokenBarrierError")


def start_two(barrier, outcomes):
    children = [
        mp.Process(target=wait_at, args=(barrier, outcomes))
        for _ in range(2)
    ]
    for child in children:
        child.start()
    return children


def finish(children, outcomes):
    results = sorted(outcomes.get() for _ in children)
    for child in children:
        child.join()
    return results


if __name__ == "__main__":
    barrier = mp.Barrier(3)  # the third party never comes
    outcomes = mp.Queue()
    children = start_two(barrier, outcomes)
    while barrier.n_waiting < 2:  # a snapshot, so look again
        time.sleep(0.01)
    print("n_waiting:", barrier.n_waiting)
    barrier.abort()
    print("after abort(): broken =", barrier.broken)
    print("the waiters got:", finish(children, outcomes))
    try:
        barrier.wait()
    except threading.BrokenBarrierError:
        print("a new wait() raises BrokenBarrierError too")

    barrier.reset()
    print("after reset(): broken =", barrier.broken)
    children = start_two(barrier, outcomes)
    barrier.wait()  # the parent is the third party this time
    print("the waiters got:", finish(children, outcomes))
