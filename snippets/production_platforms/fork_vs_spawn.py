import multiprocessing as mp

# Module-level code: it runs again in every process that imports this
# file.
print("module level ran in", mp.current_process().name, flush=True)

settings = {"verbose": False}  # the value importing the file gives


def show():
    print(f"  the task sees verbose={settings['verbose']}", flush=True)


if __name__ == "__main__":
    settings["verbose"] = True  # changed at run time, after the import
    for method in ("fork", "spawn"):
        print(f"{method}:", flush=True)
        if method not in mp.get_all_start_methods():
            print("  not available on this platform")
            continue
        ctx = mp.get_context(method)
        child = ctx.Process(target=show, name=f"the {method} child")
        child.start()
        child.join()
        anonymous = ctx.Process(target=lambda: None)
        try:
            anonymous.start()
        except Exception as error:
            kind = type(error).__name__
            print(f"  a lambda as target: {kind}: {error}")
        else:
            anonymous.join()
            print(f"  a lambda as target: exit code {anonymous.exitcode}")
