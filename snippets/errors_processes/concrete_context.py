import multiprocessing


if __name__ == "__main__":
    context = multiprocessing.get_context("spawn")
    context.set_start_method("spawn")
