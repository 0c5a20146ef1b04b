import multiprocessing as mp
import sys

if __name__ == "__main__":
    print("platform:", sys.platform)
    # The methods this platform offers, the default first.
    print("start methods:", mp.get_all_start_methods())
    print("default start method:", mp.get_start_method())
