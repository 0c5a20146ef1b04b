import multiprocessing


def hello():
    print("child runs", flush=True)


if __name__ == "__main__":
    if "forkserver" not in multiprocessing.get_all_start_methods():
        print("forkserver is not available on this platform")
        raise SystemExit
    context = multiprocessing.get_context("forkserver")
    # "ignore", the default, would start the child as if nothing happened.
    context.set_forkserver_preload(["no_such_module"], on_error="fail")
    child = context.Process(target=hello)
    try:
        child.start()
    except (EOFError, ConnectionError) as error:
        print("start() raised", type(error).__name__)
        print("note:", *error.__notes__)
