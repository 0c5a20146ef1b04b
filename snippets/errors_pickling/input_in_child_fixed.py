from multiprocessing import Process


def prepare(folder, overwrite):
    print(f"the child: overwrite {folder}? {overwrite}")


if __name__ == "__main__":
    try:  # ask in the parent, before any child starts
        answer = input("results exists: overwrite it? [y/n] ")
    except EOFError:  # no terminal, e.g. `python app.py < /dev/null`
        print("(end of input: no)")
        answer = "n"
    overwrite = answer.strip().lower() == "y"
    job = Process(target=prepare, args=("results", overwrite))
    job.start()
    job.join()
    print("child's exit code:", job.exitcode)
