from multiprocessing import Manager, Process


def work(n, settings, squares, log):
    # Proxies arrive as arguments; every call goes to the manager.
    squares[n] = n * settings.scale
    log.append(f"worker {n} done")


if __name__ == "__main__":
    with Manager() as manager:
        settings = manager.Namespace(scale=10)
        squares = manager.dict()
        log = manager.list()
        workers = [Process(target=work, args=(n, settings, squares, log))
                   for n in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        # Workers finish in any order: sort before printing.
        print("dict:", sorted(squares.items()))
        print("list:", sorted(log))
