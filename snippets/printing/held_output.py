import os
import queue
import subprocess
import sys
import threading

# The child prints a line without flush=True, reports on stderr that it
# has printed it, then waits for its stdin to close before it exits.
CHILD = """
import sys
print("the child's line")
print("printed", file=sys.stderr, flush=True)
sys.stdin.read()
"""


def read_lines(stream, into):
    for line in stream:
        into.put(line.rstrip("\n"))


if __name__ == "__main__":
    # PYTHONUNBUFFERED=1 (often set in containers) would flush every
    # print: drop it so the child's stdout is an ordinary pipe.
    env = {k: v for k, v in os.environ.items()
           if k != "PYTHONUNBUFFERED"}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], env=env, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE)
    arrived = queue.Queue()
    reader = threading.Thread(target=read_lines,
                              args=(child.stdout, arrived))
    reader.start()
    child.stderr.readline()  # the child has printed its line
    try:
        line = arrived.get(timeout=1)
        print("while the child runs:", line)
    except queue.Empty:
        print("while the child runs: nothing arrived in 1 s")
    child.stdin.close()  # let the child finish
    child.wait()
    reader.join()
    child.stdout.close()
    child.stderr.close()
    print("after the child exited:", arrived.get_nowait())
