import multiprocessing as mp


def worker():
    print("worker ran")


# Deliberately no `if __name__ == "__main__":` guard, to show what
# happens without it. Never write a script like this.
process = mp.Process(target=worker)
process.start()
process.join()
print("exitcode:", process.exitcode)
