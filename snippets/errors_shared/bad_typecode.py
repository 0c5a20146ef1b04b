from multiprocessing import Value

if __name__ == "__main__":
    total = Value(int, 0)  # a Python type, not a ctypes type or code
