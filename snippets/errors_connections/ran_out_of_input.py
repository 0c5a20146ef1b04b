import os
import pickle
import tempfile
from multiprocessing import Process


def measure(path, start):
    with open(path, "wb") as file:  # creates or empties the file
        values = [1 / n for n in range(start, start + 3)]
        pickle.dump(values, file)


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "result.pickle")
        job = Process(target=measure, args=(path, 0))
        job.start()
        job.join()
        with open(path, "rb") as file:
            result = pickle.load(file)
