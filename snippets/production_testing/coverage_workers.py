"""Measure two jobs with coverage.py, five times each, with and without
its setting for multiprocessing: in how many runs did the workers'
line `return x * x` count as run?"""
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import coverage

HERE = Path(__file__).resolve().parent
JOBS = ["squares_job.py", "squares_job_joined.py"]
SETTINGS = ["", "concurrency = multiprocessing"]
RUNS = 5


def worker_line_ran(job, setting):
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "coverage.ini"
        # parallel: each process writes a data file of its own.
        config.write_text(f"[run]\nparallel = true\n{setting}\n")
        subprocess.run(
            [sys.executable, "-m", "coverage", "run",
             f"--rcfile={config}", str(HERE / job)],
            cwd=tmp, check=True, capture_output=True)
        data = Path(tmp) / ".coverage"
        measured = coverage.Coverage(config_file=str(config),
                                     data_file=str(data))
        with warnings.catch_warnings():
            # A worker killed while it wrote leaves a damaged file:
            # combine() warns and skips it.
            warnings.simplefilter("ignore")
            measured.combine()  # the processes' files into one
        source = (HERE / job).read_text().splitlines()
        missing = measured.analysis2(str(HERE / job))[3]
        return "return x * x" not in {source[n - 1].strip()
                                      for n in missing}


if __name__ == "__main__":
    print("coverage", coverage.__version__)
    for setting in SETTINGS:
        print(f"[run] parallel = true; {setting or '(nothing else)'}")
        for job in JOBS:
            count = sum(worker_line_ran(job, setting)
                        for _ in range(RUNS))
            print(f"  {job}: counted in {count} of {RUNS} runs")
