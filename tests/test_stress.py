"""The flake check reads failures right and never leaves its load behind."""
import os
import sys

from tools.measuring import stress


def test_failures_are_read_from_the_junit_report(tmp_path):
    report = tmp_path / "report.xml"
    report.write_text("""<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest">
 <testcase classname="tests.snippets.test_intro" name="test_a[3.9-fork]"/>
 <testcase classname="tests.snippets.test_intro" name="test_b[3.9-fork]">
  <failure message="cpu_bound.py printed something wrong: assert 1.0 &gt; 1.1&#10;second line">trace</failure></testcase>
 <testcase classname="tests.test_notebooks" name="test_c">
  <error message="kernel died">trace</error></testcase>
</testsuite></testsuites>""")
    assert stress.failures(report) == {
        "tests.snippets.test_intro::test_b[3.9-fork]":
            "cpu_bound.py printed something wrong: assert 1.0 > 1.1",
        "tests.test_notebooks::test_c": "kernel died",
    }


def test_a_run_without_a_report_counts_as_a_failure(tmp_path):
    assert stress.failures(tmp_path / "missing.xml")


def test_the_load_keeps_all_cores_but_one_busy_and_stops(tmp_path):
    load = stress.start_load()
    try:
        assert len(load) == max(1, (os.cpu_count() or 1) - 1)
        assert all(process.poll() is None for process in load)
    finally:
        stress.stop_load(load)
    assert all(process.returncode is not None for process in load)
    if sys.platform != "win32":
        for process in load:
            try:
                os.kill(process.pid, 0)
            except ProcessLookupError:
                continue
            raise AssertionError(f"load process {process.pid} still runs")
