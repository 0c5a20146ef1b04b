import multiprocessing as mp


def rename(name):
    name.value = b"Bo"  # writes b"Bo" and one NUL; the rest stays


if __name__ == "__main__":
    name = mp.Array("c", b"Alice")  # a C char array, 5 bytes long
    print(f"before: .value={name.value!r} .raw={name.raw!r}")
    child = mp.Process(target=rename, args=(name,))
    child.start()
    child.join()
    print(f"after:  .value={name.value!r} .raw={name.raw!r}")
    try:
        name.value = b"Alexandra"
    except ValueError as error:
        print(f"a longer value: ValueError: {error}")
