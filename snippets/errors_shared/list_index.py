from multiprocessing import shared_memory

if __name__ == "__main__":
    fruit = shared_memory.ShareableList(["apple", "pear", "plum"])
    try:
        try:
            fruit[len(fruit)] = "fig"  # no append: the length is fixed
        except IndexError as error:
            print(f"IndexError: {error}")
        print(fruit[3])
    finally:
        fruit.shm.close()
        fruit.shm.unlink()
