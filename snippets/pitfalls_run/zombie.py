import multiprocessing as mp
import os
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


def parent_of(pid):
    if sys.platform == "linux":
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    ps = subprocess.run(["ps", "-o", "ppid=", "-p", str(pid)],
                        capture_output=True, text=True)
    return int(ps.stdout)


def settled(pid, states):
    # The exit closes the sentinel a moment before the state changes.
    deadline = time.monotonic() + 10
    while state(pid) not in states and time.monotonic() < deadline:
        time.sleep(0.01)
    return state(pid) or "gone"


if __name__ == "__main__":
    if sys.platform == "win32":
        print("zombies are a POSIX matter: Windows has none")
        raise SystemExit
    go = mp.Event()
    child = mp.Process(target=go.wait)
    child.start()
    ours = parent_of(child.pid) == os.getpid()
    go.set()
    wait([child.sentinel])  # it has exited; is_alive() would reap it
    if ours:
        print("exited, not joined:", settled(child.pid, {"Z", None}))
    else:  # forkserver: the server is the parent, and reaps at once
        print("exited; its parent is the fork server:",
              settled(child.pid, {None}))
    child.join()
    print("after join():", state(child.pid) or "gone")
