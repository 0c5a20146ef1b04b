from multiprocessing import Pool


class Resizer:
    def __init__(self, width):
        self.width = width
        self.pool = Pool(2)

    def resize(self, size):
        return min(size, self.width)

    def resize_all(self, sizes):
        return self.pool.map(self.resize, sizes)


if __name__ == "__main__":
    resizer = Resizer(100)
    try:
        print(resizer.resize_all([80, 120, 150]))
    finally:
        resizer.pool.terminate()
