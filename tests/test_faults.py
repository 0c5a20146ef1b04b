"""A contributor's mistakes, injected into a scratch copy of the project:
each fails the tests it should, once, fast, and leaves nothing running.

The copy gets two scripts in a snippet folder with no catalog entry and no
test (one whose child sleeps for hours, one whose pool task raises), and
one listed snippet that hangs, with its test but on no page. Its test run
must fail two structure tests (naming the strays, and the snippet on no
page) and the hanging snippet's tests (at its time limit), pass the rest,
end within minutes and leave no process behind."""
import os
import re
import shutil
import subprocess
import sys
import time
import uuid

import pytest

from tools.paths import CACHE, ROOT
from tools.running import killing, marked, procfs
from tools.running.interpreters import site_python

pytestmark = pytest.mark.skipif(
    not procfs.available(),
    reason="finds the run's processes through Linux's /proc")

FOLDER = "logging"  # two quick snippets: the run stays short
HANG_CHILD = """import multiprocessing
import time


def sleep():
    time.sleep(36000)


if __name__ == "__main__":
    child = multiprocessing.Process(target=sleep)
    child.start()
    child.join()
"""
RAISE_TASK = """from multiprocessing import Pool


def boom(x):
    raise ValueError(x)


if __name__ == "__main__":
    with Pool(2) as pool:
        pool.map(boom, range(3))
"""
# Split after the "@", so the structure tests do not take this file's
# text for a test of a snippet.
HANGS_TEST = "\n\n@" + f'''checks("{FOLDER}/hangs.py")
def test_hangs(run):
    assert run.lines == ["never printed"]
'''
MARK = "MPGUIDE_FAULT_RUN"


def _copy_of_the_project(target):
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True,
                             capture_output=True).stdout.decode().split("\0")
    for name in filter(None, tracked):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def test_mistakes_fail_once_fast_and_leave_nothing(tmp_path):
    repo = tmp_path / "repo"
    _copy_of_the_project(repo)
    folder = repo / "snippets" / FOLDER
    (folder / "hang_child.py").write_text(HANG_CHILD)
    (folder / "raise_task.py").write_text(RAISE_TASK)
    (folder / "hangs.py").write_text(HANG_CHILD)
    with open(folder / "snippets.toml", "a") as catalog:
        catalog.write('\n["hangs.py"]\ntimeout = 5\n')
    with open(repo / "tests" / "snippets" / f"test_{FOLDER}.py", "a") as t:
        t.write(HANGS_TEST)
    token = uuid.uuid4().hex
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("PYTEST")}
    # The tooling's Python only, and the stored environments (not runs:
    # the copy's files hash apart from the real ones).
    env.update(MPGUIDE_PYTHONS=sys.executable, MPGUIDE_CACHE=str(CACHE),
               CI="true", **{MARK: token})
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/test_structure.py", f"tests/snippets/test_{FOLDER}.py"],
        cwd=repo, env=env, capture_output=True, text=True, timeout=600)
    took = time.monotonic() - start
    left = marked.pids(MARK, token)
    killing.kill(left)  # the test must not leak them either
    out = done.stdout + done.stderr
    assert not left, f"processes outlived the run: {left}"
    assert done.returncode == 1, out[-3000:]
    assert took < 300, f"the run took {took:.0f} s"
    assert ("in no snippets.toml and imported by none: "
            f"['{FOLDER}/hang_child.py', '{FOLDER}/raise_task.py']") in out
    hung = set(re.findall(r"logging/hangs\.py \[[^\]]+, (\w+)\] hung and "
                          r"was killed after 5 s", out))
    methods = site_python().methods
    assert hung == set(methods), out[-3000:]
    assert f"snippets on no page: ['{FOLDER}/hangs.py']" in out
    # Each failure is its own: two structure tests, and one per method of
    # the hanging snippet; everything else passed.
    summary = out.strip().splitlines()[-1]
    assert summary.startswith(f"{2 + len(methods)} failed, "), \
        "\n".join(l for l in out.splitlines() if l.startswith("FAILED"))
    assert "background runner" not in out
