from multiprocessing import Manager

if __name__ == "__main__":
    with Manager() as manager:
        scores = manager.dict(a=1)
        print("inside the block, scores['a'] =", scores["a"])
    # Leaving the block called manager.shutdown(): the server is gone.
    try:
        scores["a"]
    except (OSError, EOFError) as error:
        print("after the block:", type(error).__name__)
