import multiprocessing

if __name__ == "__main__":
    try:
        total = multiprocessing.Value("i", 0, lock=0)  # not False
    except AttributeError as error:
        print(f"lock=0: AttributeError: {error}")
    lock = multiprocessing.Lock  # the parentheses are missing
    total = multiprocessing.Value("i", 0, lock=lock)
