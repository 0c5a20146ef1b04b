import os
import subprocess
import sys
import tempfile

JOB = """\
import multiprocessing as mp

# A launcher that left __main__ without a __spec__: give it None,
# the value of a script run as `python job.py`.
globals().setdefault("__spec__", None)


def square(n):
    return n * n


if __name__ == "__main__":
    with mp.get_context("spawn").Pool(2) as pool:
        print(pool.map(square, range(5)))
"""

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        folder = os.path.realpath(folder)
        job = os.path.join(folder, "job.py")
        with open(job, "w") as file:
            file.write(JOB)
        # python -m pdb -c continue job.py, then Ctrl-D at the prompt
        # (-u: pdb's lines and the traceback in the order written)
        session = subprocess.run(
            [sys.executable, "-u", "-m", "pdb", "-c", "continue", job],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True)
    # The temporary folder's name changes at each run.
    print(session.stdout.replace(folder, "…"), end="")
