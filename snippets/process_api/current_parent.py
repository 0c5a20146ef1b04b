import multiprocessing as mp


def describe(where):
    me = mp.current_process()
    print(f"{where}: current_process() is {me.name!r}, pid {me.pid}")
    parent = mp.parent_process()
    if parent is None:
        print(f"{where}: parent_process() is None")
    else:
        print(f"{where}: parent_process() is {parent.name!r}, "
              f"pid {parent.pid}, alive {parent.is_alive()}")


if __name__ == "__main__":
    describe("main ")
    child = mp.Process(target=describe, args=("child",), name="kid")
    child.start()
    child.join()
