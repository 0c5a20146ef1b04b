import multiprocessing as mp

if __name__ == "__main__":
    # Asking for the start method fixes it: the default, unless some
    # code already chose one.
    mp.get_start_method()
    try:
        mp.set_start_method("spawn")
    except RuntimeError as error:
        print(f"RuntimeError: {error}")

    # force=True replaces it anyway, under the feet of any code that
    # already relied on the old one.
    mp.set_start_method("spawn", force=True)
    print("start method now:", mp.get_start_method())
