import ctypes
import multiprocessing as mp


class Point(ctypes.Structure):
    _fields_ = [("x", ctypes.c_double), ("y", ctypes.c_double)]


def move(origin, corners):
    with origin.get_lock():  # one update of both fields
        origin.x += 1
        origin.y -= 1
    with corners.get_lock():
        for corner in corners:  # each item is a Point in shared memory
            corner.x *= 10


if __name__ == "__main__":
    origin = mp.Value(Point, 0.0, 0.0)
    corners = mp.Array(Point, [(1, 2), (3, 4)])
    child = mp.Process(target=move, args=(origin, corners))
    child.start()
    child.join()
    print(f"type(origin): {type(origin).__name__}")
    print(f"origin: x={origin.x} y={origin.y}")
    print(f"corners: {[(c.x, c.y) for c in corners]}")
