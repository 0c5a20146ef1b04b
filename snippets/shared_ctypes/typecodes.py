import ctypes
import multiprocessing as mp

if __name__ == "__main__":
    print("code  ctypes type  bytes  zero value")
    for code in "bBhHiIlLqQfdcu":
        shared = mp.RawValue(code)  # the type the code stands for
        kind = type(shared).__name__
        size = ctypes.sizeof(shared)
        print(f"{code!r:<5} {kind:<12} {size:<6} {shared.value!r}")
