from concurrent import interpreters
from concurrent.futures import InterpreterPoolExecutor

COUNTER = 0


def bump():
    global COUNTER
    COUNTER += 1
    return COUNTER


def interpreter_id(_):
    from concurrent import interpreters
    return interpreters.get_current().id


if __name__ == "__main__":
    print("main interpreter:", interpreters.get_current().id)
    with InterpreterPoolExecutor(max_workers=2) as executor:
        print("submit().result():", executor.submit(pow, 2, 10).result())
        ids = set(executor.map(interpreter_id, range(8)))
        print("8 tasks ran in at most 2 interpreters:", len(ids) <= 2)
    with InterpreterPoolExecutor(max_workers=1) as executor:
        # A worker keeps its interpreter, and its globals, between tasks.
        print("bump() three times in the pool:",
              [executor.submit(bump).result() for _ in range(3)])

    interp = interpreters.create()
    print("create(): a new interpreter:", interp.id != 0)
    print("bump() there:", interp.call(bump), interp.call(bump))
    print("COUNTER here, untouched:", COUNTER)
    interp.close()
