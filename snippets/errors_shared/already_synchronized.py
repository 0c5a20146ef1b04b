from multiprocessing import Value
from multiprocessing.sharedctypes import RawValue, synchronized

if __name__ == "__main__":
    total = synchronized(RawValue("i", 0))  # a raw value: fine
    print(type(total).__name__, total.value)
    total = synchronized(Value("i", 0))  # Value has its lock already
