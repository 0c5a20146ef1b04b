import multiprocessing


if __name__ == "__main__":
    print("start methods:", multiprocessing.get_all_start_methods())
    context = multiprocessing.get_context("Spawn")
