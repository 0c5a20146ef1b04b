import multiprocessing


if __name__ == "__main__":
    multiprocessing.set_forkserver_preload(["json"], on_error="raise")
