import ctypes
import multiprocessing as mp


def fill(total, squares):
    for n in range(len(squares)):
        squares[n] = n * n
    squares[5:] = [-1] * 3  # slices write several items at once
    total.value = sum(squares[:5])


if __name__ == "__main__":
    total = mp.Value(ctypes.c_double, 0.0)  # same as mp.Value("d", 0.0)
    squares = mp.Array("i", 8)  # eight C ints, all zero
    child = mp.Process(target=fill, args=(total, squares))
    child.start()
    child.join()
    print(f"total.value:       {total.value}")
    print(f"squares[:]:        {squares[:]}")
    print(f"squares[2:4]:      {squares[2:4]}")
    print(f"len(squares):      {len(squares)}")
    # Each wrapper holds a ctypes object that lives in shared memory.
    print(f"total.get_obj():   {total.get_obj()!r}")
    print(f"squares.get_obj(): {type(squares.get_obj()).__name__}")
