"""What a page shows for a run: escaped output, provenance, tabs."""
import re
import shutil

import markdown

from tools.building import render
from tools.running import results
from tools.running.fingerprint import content_hash
from tools.running.catalog import Snippet
from tools.running.runner import Run

EXTENSIONS = ["attr_list", "pymdownx.superfences", "pymdownx.tabbed"]


def _run(output, method="spawn"):
    return Run(snippet="demo.py", method=method, interpreter="cpython-x",
               exit_code=0, output=output, duration=0.25,
               started_at="2026-11-25T01:02:03+00:00", python="CPython 3.12.1",
               system="Linux", machine="x86_64", cpu_count=2)


def _html(text):
    return markdown.markdown(text, extensions=EXTENSIONS)


def test_html_in_an_output_is_shown_as_text():
    html = _html(render._output_block(_run("<script>alert(1)</script> & x\n")))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; x" in html


def test_backticks_in_an_output_cannot_close_its_fence():
    html = _html(render._output_block(_run("```\nstill output\n````\n")))
    assert "still output" in html and html.count("<pre") == 1


def test_the_provenance_line_names_python_os_method_and_time():
    html = _html(render._output_block(_run("hi\n", "forkserver")))
    assert ('Output of CPython 3.12.1 on Linux x86_64, 2 CPUs, start method '
            '<code>forkserver</code>, 2026-11-25 01:02 UTC, 0.25 s.') in html
    assert 'class="provenance"' in html


def test_shortened_paths_are_explained_next_to_the_output():
    plain = _html(render._output_block(_run("hi\n")))
    assert "Paths shortened" not in plain
    traceback = 'File "…/demo.py", line 3, in <module>\n'
    html = _html(render._output_block(_run(traceback)))
    assert ("Paths shortened: <code>…</code> stands for the script's folder"
            " or the Python installation.") in html


def test_one_tab_per_start_method_only_when_asked():
    runs = {m: [_run(f"{m} output\n", m)] for m in ("fork", "spawn")}
    plain = Snippet("pool/map_squares.py", 0)
    tabbed = Snippet("pool/map_squares.py", 0, per_method=True)
    assert "tabbed-set" not in _html(render.fragment(plain, runs, "spawn"))
    html = _html(render.fragment(tabbed, runs, "spawn"))
    assert html.count('class="tabbed-set') == 1
    assert "fork output" in html and "spawn output" in html


def _versions(outputs):
    runs = []
    for version, output in outputs.items():
        run = _run(output)
        run.python = f"CPython {version}"
        runs.append(run)
    return runs


def test_one_tab_per_group_of_versions_that_print_alike():
    runs = _versions({"3.9.1": "TypeError: pid 12\n",
                      "3.10.2": "TypeError: pid 345\n",
                      "3.12.1": "PicklingError: pid 6\n",
                      "3.13.0": "PicklingError: pid 78\n"})
    html = _html(render.fragment(Snippet("pool/map_squares.py", 0, by_version=True),
                                 {"spawn": runs}, "spawn"))
    labels = re.findall(r"<label[^>]*>([^<]+)</label>", html)
    assert labels == ["CPython 3.12–3.13", "CPython 3.9–3.10"]
    # Each tab shows its newest run.
    assert "pid 78" in html and "pid 345" in html
    assert "pid 6\n" not in html and "pid 12" not in html


def test_a_by_version_snippet_that_prints_alike_names_its_versions():
    runs = _versions({"3.9.1": "took 0.51 s\n", "3.13.0": "took 0.48 s\n"})
    html = _html(render.fragment(Snippet("pool/map_squares.py", 0, by_version=True),
                                 {"spawn": runs}, "spawn"))
    assert "tabbed-set" not in html
    assert ("The same output on CPython 3.9, 3.13, apart from numbers"
            in html)
    same = _versions({"3.9.1": "done\n", "3.13.0": "done\n"})
    html = _html(render.fragment(Snippet("pool/map_squares.py", 0,
                                         by_version=True),
                                 {"spawn": same}, "spawn"))
    assert "The same output on CPython 3.9, 3.13." in html


def test_a_tab_names_the_versions_it_shows_only_alike():
    # The 3.12 tab shows 3.13's run; 3.12 printed other numbers, 3.9 and
    # 3.10 the very same text.
    runs = _versions({"3.9.1": "A 1\n", "3.10.2": "A 1\n",
                      "3.12.1": "B 2\n", "3.13.0": "B 3\n"})
    html = _html(render.fragment(Snippet("pool/map_squares.py", 0,
                                         by_version=True),
                                 {"spawn": runs}, "spawn"))
    assert html.count("printed the same apart from numbers") == 1
    assert "CPython 3.12 printed the same apart from numbers" in html


def test_version_ranges():
    assert render.version_ranges([(3, 9), (3, 10), (3, 11), (3, 13)]) == \
        "3.9–3.11, 3.13"
    assert render.version_ranges([(3, 12)]) == "3.12"


def test_the_verification_line_counts_only_what_tests_judged(tmp_path):
    (tmp_path / "demo.py").write_text("print('hi')\n")
    snippet = Snippet("demo.py", 0, root=tmp_path)
    verdicts = {("3.9.1", "fork"): True, ("3.9.1", "spawn"): True,
                ("3.10.2", "fork"): True, ("3.10.2", "spawn"): False,
                ("3.11.3", "fork"): None}  # ran for the site, never tested
    for (version, method), verified in verdicts.items():
        run = _run("hi\n", method)
        run.python, run.interpreter = f"CPython {version}", f"cpython-{version}"
        run.verified = verified
        results.save(snippet, run)
    try:
        assert render.verification_line(snippet) == (
            "Passed on Linux: CPython 3.9 (spawn), CPython 3.9–3.10 (fork); "
            "failed: 3.10.2 spawn")
    finally:
        shutil.rmtree(results.RUNS / content_hash(snippet.path))


def test_a_line_with_every_run_passed_names_no_failure(tmp_path):
    (tmp_path / "good.py").write_text("print('good')\n")
    snippet = Snippet("good.py", 0, root=tmp_path)
    for version in ("3.9.1", "3.10.2"):
        for method in ("fork", "spawn", "forkserver"):
            run = _run("good\n", method)
            run.python = f"CPython {version}"
            run.interpreter = f"cpython-{version}"
            run.verified = True
            results.save(snippet, run)
    try:
        line = render.verification_line(snippet)
        assert line == ("Passed on Linux: CPython 3.9–3.10 "
                        "(spawn, forkserver, fork)")
        assert "✗" not in line and "failed" not in line
    finally:
        shutil.rmtree(results.RUNS / content_hash(snippet.path))


def test_a_never_tested_snippet_says_so(tmp_path):
    (tmp_path / "new.py").write_text("print('new')\n")
    line = render.verification_line(Snippet("new.py", 0, root=tmp_path))
    assert line.startswith("Not yet checked by the test suite")


def test_a_snippet_that_imports_a_pinned_package_says_so(tmp_path):
    from tools.running import environments
    name = environments.requirement_names()[0]
    (tmp_path / "f").mkdir()
    uses = tmp_path / "f" / "uses.py"
    uses.write_text(f"import {name.replace('-', '_')}\n")
    plain = tmp_path / "f" / "plain.py"
    plain.write_text("import os\n")
    runs = {"spawn": [_run("x\n")]}
    with_package = render.fragment(Snippet("f/uses.py", 0, root=tmp_path), runs, "spawn")
    without = render.fragment(Snippet("f/plain.py", 0, root=tmp_path), runs, "spawn")
    assert f"Needs `{name}`" in with_package
    assert "/snippets/requirements.txt" in with_package
    assert "Needs" not in without


def test_outputs_reads_back_what_a_fragment_shows():
    plain = "x = 1\n\nTraceback:\n  ```\nValueError: nope\n"
    runs = _versions({"3.9.1": "old\n\nwording\n", "3.13.0": plain})
    tabbed = render.fragment(Snippet("pool/map_squares.py", 0, by_version=True),
                             {"spawn": runs}, "spawn")
    assert render.outputs(tabbed) == [plain, "old\n\nwording\n"]
    single = render.fragment(Snippet("pool/map_squares.py", 0),
                             {"spawn": [_run(plain)]}, "spawn")
    assert render.outputs(single) == [plain]


def test_versions_that_differ_only_in_an_address_share_a_tab():
    runs = _versions({"3.14.1": "Can't pickle <function f at 0x7f3ab0>\n",
                      "3.15.2": "Can't pickle <function f at 0x7fe1cd>\n"})
    html = _html(render.fragment(Snippet("pool/map_squares.py", 0,
                                         by_version=True),
                                 {"spawn": runs}, "spawn"))
    assert "tabbed-set" not in html


def test_an_output_shows_what_a_terminal_leaves_after_redraws():
    bar = "\r  0%|      | 0/4\r100%|######| 4/4\r\ndone\n"
    assert render.as_a_terminal_shows(bar) == "100%|######| 4/4\ndone\n"
    html = _html(render._output_block(_run(bar)))
    assert "0/4" not in html and "4/4" in html
