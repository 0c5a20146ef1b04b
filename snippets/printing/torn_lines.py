import os
import subprocess
import sys
from collections import Counter

CHILDREN = 4
LINES = 20000  # per child: more than the 128 KiB buffer of 3.14+

# Each child says it is ready, waits for the parent's "go" (the end of
# its stdin), then prints numbered lines. The letters at the end of a
# line tell whose bytes finished it.
CHILD = """
import sys
if sys.argv[1] == "line":
    sys.stdout.reconfigure(line_buffering=True)
c = int(sys.argv[2])
tag = "abcdefgh"[c] * 8
print("ready", file=sys.stderr, flush=True)
sys.stdin.read()
for n in range(%d):
    print("child", c, "line", n, tag)
""" % LINES

MODES = {
    "line-buffered": ["-c", CHILD, "line"],
    "block-buffered": ["-c", CHILD, "default"],  # a pipe's default
    "unbuffered (-u)": ["-u", "-c", CHILD, "default"],
}


def run_mode(args):
    # PYTHONUNBUFFERED=1 (often set in containers) acts like -u: drop it.
    env = {k: v for k, v in os.environ.items()
           if k != "PYTHONUNBUFFERED"}
    reader, writer = os.pipe()
    children = [
        subprocess.Popen([sys.executable, *args, str(c)], env=env,
                         stdin=subprocess.PIPE, stdout=writer,
                         stderr=subprocess.PIPE)
        for c in range(CHILDREN)
    ]
    os.close(writer)  # only the children hold the write end now
    for child in children:
        child.stderr.readline()  # "ready"
    for child in children:
        child.stdin.close()  # go: all start writing at once
    data = bytearray()
    while chunk := os.read(reader, 65536):
        data += chunk
    os.close(reader)
    for child in children:
        child.wait()
        child.stderr.close()
    return bytes(data).replace(b"\r", b"")  # Windows ends lines \r\n


if __name__ == "__main__":
    expected = [f"child {c} line {n} " + "abcdefgh"[c] * 8
                for c in range(CHILDREN) for n in range(LINES)]
    expected_bytes = "".join(line + "\n" for line in expected).encode()
    size = len(expected_bytes) // CHILDREN // 1024
    print(f"{CHILDREN} children x {LINES} lines ({size} KiB each)"
          " into one pipe")
    for mode, args in MODES.items():
        data = run_mode(args)
        received = data.decode().split("\n")[:-1]
        # A line is whole only if it is exactly one line one child wrote.
        whole = sum((Counter(received) & Counter(expected)).values())
        torn = len(received) - whole
        intact = Counter(data) == Counter(expected_bytes)
        print(f"{mode:<16} torn lines: {torn:>5}"
              f"   every byte arrived: {intact}")
