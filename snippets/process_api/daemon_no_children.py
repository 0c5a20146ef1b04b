import multiprocessing as mp


def spawn_grandchild():
    grandchild = mp.Process(target=print, args=("grandchild",))
    grandchild.start()  # fails: this process is a daemon
    grandchild.join()


if __name__ == "__main__":
    child = mp.Process(target=spawn_grandchild, daemon=True)
    child.start()
    child.join()
    print("daemon child exitcode:", child.exitcode)
