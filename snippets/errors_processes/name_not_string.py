from multiprocessing import Process


def work():
    pass


if __name__ == "__main__":
    first = Process(target=work, name=1)
    print("name given to Process():", repr(first.name))
    second = Process(target=work)
    second.name = 2
