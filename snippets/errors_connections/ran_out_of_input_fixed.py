import os
import pickle
import tempfile
from multiprocessing import Process


def measure(path, start):
    values = [1 / n for n in range(start, start + 3)]
    with open(path + ".part", "wb") as file:
        pickle.dump(values, file)
    os.replace(path + ".part", path)  # all of the file or none of it


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        for start in (0, 1):
            path = os.path.join(folder, f"result-{start}.pickle")
            job = Process(target=measure, args=(path, start))
            job.start()
            job.join()
            if job.exitcode != 0:
                print(f"task {start}: exit code {job.exitcode}")
                continue
            with open(path, "rb") as file:
                print(f"task {start}:", pickle.load(file))
