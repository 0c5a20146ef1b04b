from concurrent.futures import ProcessPoolExecutor, as_completed
from multiprocessing import Manager


def wait_turn(name, turn):
    turn.wait()
    return name


if __name__ == "__main__":
    with Manager() as manager:
        names = ["a", "b", "c"]
        turns = {name: manager.Event() for name in names}
        release = ["c", "a", "b"]  # the order tasks may finish in
        with ProcessPoolExecutor(max_workers=3) as executor:
            futures = [executor.submit(wait_turn, n, turns[n])
                       for n in names]
            turns[release[0]].set()
            for done, future in enumerate(as_completed(futures), 1):
                print("completed:", future.result())
                if done < len(release):
                    turns[release[done]].set()
