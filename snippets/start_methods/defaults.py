import multiprocessing as mp
import platform

if __name__ == "__main__":
    methods = mp.get_all_start_methods()
    print(f"Python {platform.python_version()} on {platform.system()}")
    print("start methods here:", methods)
    # The list puts the platform's default first.
    print("default start method:", methods[0])
