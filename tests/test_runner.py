"""The runner on bad input: a snippet that raises, hangs or prints wrongly."""
import ast
import os
import re
import signal
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from tools.paths import ROOT
from tools.running import execute, procfs, runner
from tools.running.catalog import Snippet
from tools.running.interpreters import site_python

METHODS = site_python().methods


def _write(tmp_path, name, code):
    path = tmp_path / name
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return path


def _run(path, method, timeout=30):
    return runner.run(path.name, path, method, site_python(), timeout)


def _gone(pid, within=10.0):
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


def test_a_hang_is_killed_with_all_its_children(tmp_path):
    path = _write(tmp_path, "hangs.py", """
        import os, time
        from multiprocessing import Pool

        def pid(_):
            return os.getpid()

        if __name__ == "__main__":
            with Pool(2) as pool:
                pids = set(pool.map(pid, range(20)))
                print("pids", os.getpid(), *pids, flush=True)
                time.sleep(600)
        """)
    # One run per start method, side by side: each waits out its timeout.
    with ThreadPoolExecutor(len(METHODS)) as pool:
        runs = list(pool.map(lambda m: _run(path, m, timeout=3), METHODS))
    for method, run in zip(METHODS, runs):
        assert run.timed_out and 3 <= run.duration < 20
        line = next(l for l in run.lines if l.startswith("pids"))
        pids = [int(p) for p in line.split()[1:]]
        assert len(pids) >= 2
        if sys.platform != "win32":
            assert all(map(_gone, pids)), "a process outlived the kill"
        message = execute.problem(Snippet("hangs.py", 0, timeout=3), run)
        assert f"hangs.py [{site_python().label}, {method}]" in message
        assert "hung and was killed after 3 s" in message
        assert "pids" in message  # the tail of the output
        if method != "fork":
            # The pool's named semaphores: its resource tracker was
            # spared the kill, so it unlinked them (and said so).
            assert ("resource_tracker: There appear to be"
                    in run.output), run.output


@pytest.mark.parametrize("method", METHODS)
def test_an_unexpected_exception_is_reported(tmp_path, method):
    path = _write(tmp_path, "raises.py", """
        if __name__ == "__main__":
            print("before")
            raise RuntimeError("boom")
        """)
    run = _run(path, method)
    assert run.exit_code == 1
    # The traceback is the script's own, not the launcher's, and names it
    # by absolute path as `python raises.py` does, its folder shortened.
    assert 'File "…/raises.py", line 4, in <module>' in run.output
    assert str(tmp_path) not in run.output
    assert "launch.py" not in run.output
    message = execute.problem(Snippet("raises.py", 0), run)
    assert f"raises.py [{site_python().label}, {method}] exited with 1, " \
           "expected 0" in message
    assert message.endswith("RuntimeError: boom")


def test_an_expected_failure_passes_only_with_its_exit_code(tmp_path):
    path = _write(tmp_path, "fails.py", """
        import sys
        if __name__ == "__main__":
            sys.exit(3)
        """)
    run = _run(path, METHODS[0])
    assert execute.problem(Snippet("fails.py", 3), run) is None
    assert "exited with 3, expected 1" in execute.problem(
        Snippet("fails.py", 1), run)
    per_method = Snippet("fails.py", {METHODS[0]: 3})
    assert execute.problem(per_method, run) is None


def test_wrong_output_names_the_snippet_and_shows_the_tail(tmp_path):
    path = _write(tmp_path, "prints.py", """
        if __name__ == "__main__":
            for n in range(50):
                print("line", n)
        """)
    run = _run(path, "spawn")
    message = execute.wrong_output(run, AssertionError("expected 7 lines"))
    assert message.startswith(
        f"prints.py [{site_python().label}, spawn] printed something wrong: "
        "expected 7 lines")
    assert message.endswith("line 49") and "line 19" not in message


def test_the_start_method_is_set_from_outside(tmp_path):
    path = _write(tmp_path, "method.py", """
        import multiprocessing
        if __name__ == "__main__":
            print(multiprocessing.get_start_method())
        """)
    for method in METHODS:
        assert _run(path, method).lines == [method]


def test_paths_of_the_script_and_of_python_are_shortened(tmp_path):
    path = _write(tmp_path, "stdlib.py", """
        import json
        if __name__ == "__main__":
            json.loads("{")
        """)
    run = _run(path, METHODS[0])
    python = site_python()
    assert 'File "…/stdlib.py", line 4, in <module>' in run.output
    json_frame = re.search(r'File "(.+json.__init__\.py)"', run.output)
    assert json_frame and json_frame[1].startswith("…" + os.sep)
    assert not any(prefix in run.output for prefix in python.prefixes)


def test_python_settings_of_this_machine_do_not_reach_a_snippet(
        tmp_path, monkeypatch):
    monkeypatch.setenv("PYTHONUNBUFFERED", "1")
    monkeypatch.setenv("PYTHONWARNINGS", "error")
    path = _write(tmp_path, "env.py", """
        import os
        if __name__ == "__main__":
            print(sorted(k for k in os.environ if k.startswith("PYTHON")))
        """)
    run = _run(path, METHODS[0])
    assert run.lines == ["['PYTHONDONTWRITEBYTECODE', 'PYTHONIOENCODING']"]


@pytest.mark.skipif(sys.platform == "win32",
                    reason="POSIX signal dispositions")
@pytest.mark.parametrize("method", METHODS)
def test_ctrl_c_reaches_a_snippet_run_from_a_background_job(tmp_path,
                                                            method):
    # `make site &` starts the build with SIGINT ignored; a snippet that
    # interrupts its own workers must still see KeyboardInterrupt in them.
    path = _write(tmp_path, "interrupted.py", """
        import multiprocessing
        import os
        import signal
        import time

        def interrupt_self():
            try:
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(5)
            except KeyboardInterrupt:
                return "worker interrupted"
            return "worker not interrupted"

        if __name__ == "__main__":
            with multiprocessing.Pool(1) as pool:
                print(pool.apply(interrupt_self))
        """)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        run = _run(path, method)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert run.lines == ["worker interrupted"]


@pytest.mark.parametrize("method", METHODS)
def test_a_class_the_snippet_defines_comes_back_from_a_worker(tmp_path,
                                                              method):
    # Workers pickle it as __mp_main__.Box: in the parent that name must
    # lead to the snippet, as it does under `python snippet.py`.
    path = _write(tmp_path, "boxes.py", """
        import multiprocessing

        class Box:
            def __init__(self, value):
                self.value = value

        def make(value):
            return Box(value)

        if __name__ == "__main__":
            with multiprocessing.Pool(2) as pool:
                boxes = pool.map(make, [1, 2, 3])
            print([type(b).__name__ for b in boxes], [b.value for b in boxes])
    """)
    run = _run(path, method)
    assert run.exit_code == 0, run.output
    assert run.lines == ["['Box', 'Box', 'Box'] [1, 2, 3]"]


def _names_proc(tree):
    """Whether a module's code spells a path under /proc."""
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr) and node.values:
            node = node.values[0]
        if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                and node.value.startswith(procfs.ROOT)):
            return True
    return False


def test_only_procfs_reads_proc():
    """One module owns the reading of /proc: the others ask it, so a
    field's index or a race with an ending process is handled once."""
    readers = sorted(
        str(path.relative_to(ROOT))
        for folder in ("tools", "tests")
        for path in (ROOT / folder).rglob("*.py")
        if _names_proc(ast.parse(path.read_text(encoding="utf-8"))))
    assert readers == ["tools/running/procfs.py"]
