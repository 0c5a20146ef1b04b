import multiprocessing as mp
import os


def greet(greeting, who, punctuation="."):
    me = mp.current_process()
    print(f"child {me.name!r} (pid {os.getpid()}): "
          f"{greeting}, {who}{punctuation}")


if __name__ == "__main__":
    process = mp.Process(
        target=greet,
        args=("Hello", "world"),       # positional arguments
        kwargs={"punctuation": "!"},   # keyword arguments
        name="greeter",
        daemon=False,
    )
    print(f"before start: pid={process.pid} ident={process.ident}")
    process.start()
    process.join()
    # ident is another name for pid
    print(f"after start:  pid={process.pid} ident={process.ident}")
    print(f"name={process.name!r} daemon={process.daemon}")
    print(f"exitcode={process.exitcode}")
