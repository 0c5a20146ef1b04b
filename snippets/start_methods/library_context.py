import multiprocessing as mp


def square(x):
    return x * x, mp.current_process().name


def parallel_squares(numbers, mp_context=None):
    """Library code: the caller decides how its processes start."""
    ctx = mp_context or mp.get_context()
    with ctx.Pool(2) as pool:
        return pool.map(square, numbers)


if __name__ == "__main__":
    # The application decides, call by call.
    for method in mp.get_all_start_methods():
        rows = parallel_squares([1, 2, 3], mp.get_context(method))
        squares = [result for result, _ in rows]
        kinds = {name.rsplit("-", 1)[0] for _, name in rows}
        print(f"{method:<11} {squares}  by {', '.join(sorted(kinds))}")
