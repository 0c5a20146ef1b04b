from concurrent.futures import ProcessPoolExecutor


def size(path):
    return len(path)


if __name__ == "__main__":
    paths = [p for p in ["a.txt", "b.txt"] if p.endswith(".csv")]
    with ProcessPoolExecutor(max_workers=len(paths)) as executor:
        print(list(executor.map(size, paths)))
