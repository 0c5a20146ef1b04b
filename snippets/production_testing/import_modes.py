"""Run test_squares.py with the pytest command, as CI would, in both
import modes; each test has a 10-second limit (pytest-timeout)."""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# The command beside this interpreter (Scripts\pytest.exe on Windows).
PYTEST = shutil.which("pytest", path=str(Path(sys.executable).parent))


OPTIONS = [
    ["--import-mode=prepend"],  # the default
    ["--import-mode=importlib"],
    ["--import-mode=importlib", "-o", "pythonpath=."],
]


def run_tests(project, options):
    report = project / "report.xml"
    done = subprocess.run(
        [PYTEST, "-q", "--timeout=10", f"--junitxml={report}",
         *options, "tests/test_squares.py"],
        cwd=project, capture_output=True, text=True)
    summary = done.stdout.splitlines()[-1].split(" in ")[0]
    print(" ".join(options) + ":", summary)
    for case in ElementTree.parse(report).iter("testcase"):
        for failure in case.iter("failure"):
            message = failure.get("message").splitlines()[0]
            print(f"  {case.get('name')}: {message}")
    # What the failed workers wrote (pytest shows it with the failure).
    errors = set(re.findall(r"^\w+Error: .*$", done.stdout, re.M))
    for line in sorted(errors):
        print("  a worker:", line)


if __name__ == "__main__":
    print("pytest", pytest.__version__)
    with tempfile.TemporaryDirectory() as tmp:
        tests = Path(tmp) / "tests"
        tests.mkdir()
        shutil.copy(HERE / "test_squares.py", tests)
        for options in OPTIONS:
            run_tests(Path(tmp), options)
