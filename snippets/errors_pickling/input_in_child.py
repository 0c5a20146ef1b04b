from multiprocessing import Process


def prepare(folder):
    answer = input(f"{folder} exists: overwrite it? [y/n] ")
    print("the child read:", answer)


if __name__ == "__main__":
    job = Process(target=prepare, args=("results",))
    job.start()
    job.join()
    print("child's exit code:", job.exitcode)
