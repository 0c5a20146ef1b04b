import multiprocessing as mp


def grandchild_work():
    print("grandchild ran")


def spawn_grandchild(stop):
    grandchild = mp.Process(target=grandchild_work)
    grandchild.start()  # allowed: this process is not a daemon
    grandchild.join()
    stop.wait()  # a long-lived worker ends when told, not at exit


if __name__ == "__main__":
    stop = mp.Event()
    child = mp.Process(target=spawn_grandchild, args=(stop,))
    child.start()
    # Without daemon=True nothing stops the child for us: we must.
    stop.set()
    child.join()
    print("child exitcode:", child.exitcode)
