import multiprocessing as mp
import time

if __name__ == "__main__":
    process = mp.Process(target=time.sleep, args=(0.2,), name="sleeper")
    print(process, "| alive:", process.is_alive())
    process.start()
    print(process, "| alive:", process.is_alive())
    process.join()
    print(process, "| alive:", process.is_alive())
