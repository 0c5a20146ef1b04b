import multiprocessing as mp
import os

# Top-level code: it runs in the main process, and again in every child
# that imports this file. Flush now, as a child's stdout may be a pipe.
print(f"top level ran as {__name__!r} in {mp.current_process().name}",
      flush=True)

setting = "as imported"


def report():
    parent = mp.parent_process()
    return (mp.current_process().name, setting, parent.name,
            os.getppid() == parent.pid)


if __name__ == "__main__":
    setting = "changed in the main block"
    pool = mp.Pool(1)
    name, seen, parent, same_pid = pool.apply(report)
    pool.close()
    pool.join()
    print(f"worker name:        {name}")
    print(f"setting it sees:    {seen!r}")
    print(f"parent_process():   {parent}")
    print(f"OS parent is main:  {same_pid}")
