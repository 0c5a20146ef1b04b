from multiprocessing import Pool


class Resizer:
    def __init__(self, width):
        self.width = width  # data only: it pickles

    def resize(self, size):
        return min(size, self.width)


if __name__ == "__main__":
    resizer = Resizer(100)
    with Pool(2) as pool:  # the pool stays outside the object
        print(pool.map(resizer.resize, [80, 120, 150]))
