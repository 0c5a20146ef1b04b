import multiprocessing as mp
import subprocess
import sys
import time
from multiprocessing.connection import wait


def state(pid):
    """A process's state letter (Z: zombie), or None once it is gone."""
    if sys.platform == "linux":
        try:
            with open(f"/proc/{pid}/stat") as f:
                return f.read().rsplit(")", 1)[1].split()[0]
        except FileNotFoundError:
            return None
    ps = subprocess.run(["ps", "-o", "stat=", "-p", str(pid)],
                        capture_output=True, text=True)
    return ps.stdout.strip()[:1] or None


def settled(pid, states):
    # The exit closes the sentinel a moment before the state changes.
    deadline = time.monotonic() + 10
    while state(pid) not in states and time.monotonic() < deadline:
        time.sleep(0.01)


def work(n):
    return n * n


if __name__ == "__main__":
    if sys.platform == "win32":
        print("zombies are a POSIX matter: Windows has none")
        raise SystemExit
    children = [mp.Process(target=work, args=(n,)) for n in range(3)]
    for child in children:
        child.start()
    for child in children:
        wait([child.sentinel])  # exited, not yet reaped
        settled(child.pid, {"Z", None})
    # A parent that never joins its children (a server starting one
    # per request) calls this now and then: it reaps finished ones.
    print("active_children():", mp.active_children())
    print("states:", [state(child.pid) or "gone" for child in children])
    print("exit codes:", [child.exitcode for child in children])
