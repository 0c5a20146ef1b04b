from multiprocessing import shared_memory

if __name__ == "__main__":
    fruit = shared_memory.ShareableList(["apple", "pear", "plum"])
    try:
        try:
            print(fruit.index("fig"))
        except ValueError as error:
            print(f"ValueError: {error}")
        # The fix: check first, as with a list.
        print("fig" in fruit, fruit.index("pear"))
    finally:
        fruit.shm.close()
        fruit.shm.unlink()
