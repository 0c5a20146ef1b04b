import multiprocessing as mp

if __name__ == "__main__":
    q = mp.Queue()
    for pill in (object(), None, "STOP"):
        q.put(pill)
        back = q.get(timeout=30)  # pickled and unpickled on the way
        print(f"{type(pill).__name__:8} is: {back is pill!s:5}"
              f" ==: {back == pill}")
