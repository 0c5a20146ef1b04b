import multiprocessing as mp


def square(number):
    print(f"{mp.current_process().name}: {number}² = {number * number}")


if __name__ == "__main__":
    processes = [
        mp.Process(target=square, args=(n,), name=f"child-{n}")
        for n in range(1, 5)
    ]
    for process in processes:
        process.start()  # start them all first...
    for process in processes:
        process.join()  # ...then wait for each
    print("all children done:",
          all(p.exitcode == 0 for p in processes))
