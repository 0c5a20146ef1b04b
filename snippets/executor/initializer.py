import multiprocessing
from concurrent.futures import ProcessPoolExecutor

settings = {}


def setup(greeting):
    # Runs once in each worker, before its first task.
    settings["greeting"] = greeting


def greet(name):
    process = multiprocessing.current_process()
    return f"{settings['greeting']}, {name}", type(process).__name__


if __name__ == "__main__":
    # mp_context picks the start method for this executor only.
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=spawn,
                             initializer=setup,
                             initargs=("hello",)) as executor:
        results = list(executor.map(greet, ["ann", "bob", "cy"]))
    for text, kind in results:
        print(f"{text} (worker is a {kind})")
