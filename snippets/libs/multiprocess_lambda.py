from multiprocess import get_all_start_methods, get_context
from multiprocess import get_start_method

if __name__ == "__main__":
    # Its own default, whatever multiprocessing's is.
    print("multiprocess's default start method:", get_start_method())
    # multiprocess pickles with dill, which sends a lambda of __main__
    # by value: a worker needs no name to find it by.
    for method in get_all_start_methods():
        with get_context(method).Pool(2) as pool:
            print(f"{method}:", pool.map(lambda x: 2 * x, [1, 2, 3]))
