import multiprocessing

if __name__ == "__main__":
    # A library that took the default context at import time:
    library_ctx = multiprocessing.get_context()
    # Your fix, after that import:
    multiprocessing.set_start_method("spawn", force=True)
    print("multiprocessing.Process now starts with:",
          multiprocessing.get_start_method())
    print("the library's processes still start with:",
          library_ctx.get_start_method())
