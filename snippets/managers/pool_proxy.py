from multiprocessing import Manager, Process


def square(x):
    return x * x


def use_the_pool(pool, out):
    # Another process hands work to the same pool through the proxy.
    out["map"] = pool.map(square, [8, 9])
    try:
        pool.apply_async(square, (10,))
    except AttributeError as error:  # CPython bug gh-99595
        out["apply_async"] = f"AttributeError: {error}"
    try:  # iterating a dict proxy also returns a proxy
        out["iterate"] = str(list(out))
    except AttributeError as error:
        out["iterate"] = f"AttributeError: {error}"


def attribute_error(get):
    try:
        get()
    except AttributeError as error:
        return f"AttributeError: {error}"


if __name__ == "__main__":
    with Manager() as manager:
        pool = manager.Pool(2)  # the pool lives in the manager process
        result = pool.apply_async(square, (7,))
        print("apply_async() gave:", type(result).__name__)
        print("  get():", result.get(timeout=30))
        squares = pool.imap(square, range(5))
        print("imap() gave:", type(squares).__name__)
        print("  list():", list(squares))
        out = manager.dict()
        child = Process(target=use_the_pool, args=(pool, out))
        child.start()
        child.join()
        print("in a child, pool.map():", out["map"])
        print("in a child, apply_async():", out["apply_async"])
        print("in a child, list(out):", out["iterate"])
        pool.close()
        pool.join()
        # Registered only as return types, with no method to make one:
        print(attribute_error(lambda: manager.AsyncResult))
        print(attribute_error(lambda: manager.Iterator))
