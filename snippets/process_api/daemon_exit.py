import logging
import multiprocessing as mp


def wait_forever(running, never):
    running.set()
    never.wait()  # nobody sets it


if __name__ == "__main__":
    # multiprocessing logs what it does when the main process exits
    mp.log_to_stderr(logging.INFO)
    running, never = mp.Event(), mp.Event()
    child = mp.Process(target=wait_forever, args=(running, never),
                       name="helper", daemon=True)
    child.start()
    running.wait()
    print("main: the daemon child runs; exiting without join()",
          flush=True)
