from concurrent.futures import InterpreterPoolExecutor

if __name__ == "__main__":
    try:
        InterpreterPoolExecutor(2, initializer="import math",
                                initargs=("unused",))
    except TypeError as error:
        print("initializer:", repr(error))
    with InterpreterPoolExecutor(2) as executor:
        executor.submit("total = sum(range(10))")
