"""The site build stops, naming the snippet, when it has nothing good to show."""
import shutil

import pytest
from mkdocs.exceptions import PluginError

from tools.building import mkdocs_hooks
from tools.running import results, runner
from tools.running.catalog import Snippet
from tools.running.fingerprint import content_hash
from tools.running.interpreters import site_python


def test_a_failing_snippet_stops_the_build(tmp_path):
    (tmp_path / "boom.py").write_text(
        'if __name__ == "__main__":\n    raise SystemExit("boom")\n')
    python = site_python()
    with pytest.raises(PluginError) as failure:
        mkdocs_hooks.refresh([Snippet("boom.py", 0, root=tmp_path)], python)
    message = str(failure.value)
    for method in python.methods:
        assert f"boom.py [{python.label}, {method}] exited with 1" in message
    assert message.rstrip().endswith("boom")


def test_a_snippet_no_installed_python_can_run_stops_the_build(tmp_path):
    (tmp_path / "future.py").write_text("print(1)\n")
    future = Snippet("future.py", 0, min_python=(3, 99), root=tmp_path)
    with pytest.raises(PluginError, match="future.py runs on no interpreter found: "
                       "needs Python 3.99"):
        mkdocs_hooks.refresh([future], site_python())


def test_a_run_that_failed_its_test_is_never_shown(tmp_path):
    (tmp_path / "flaky.py").write_text(
        'if __name__ == "__main__":\n    print("some output")\n')
    snippet = Snippet("flaky.py", 0, root=tmp_path)
    python = site_python()
    for method in python.methods:
        run = runner.run(snippet.name, snippet.path, method, python, 30)
        run.verified = method != python.methods[-1]
        results.save(snippet, run)
    try:
        with pytest.raises(PluginError) as failure:
            mkdocs_hooks.refresh([snippet], python)
    finally:
        shutil.rmtree(results.RUNS / content_hash(snippet.path))
    message = str(failure.value)
    assert (f"flaky.py [{python.label}, {python.methods[-1]}] failed its "
            "test, and a page never shows a run that failed") in message
    assert message.count("failed its test") == 1
    assert "some output" in message


def test_the_published_build_shows_only_checked_runs(tmp_path, monkeypatch):
    (tmp_path / "fresh.py").write_text(
        'if __name__ == "__main__":\n    print("not checked yet")\n')
    snippet = Snippet("fresh.py", 0, root=tmp_path)
    python = site_python()
    try:
        assert mkdocs_hooks.refresh([snippet], python) == 1  # a preview
        monkeypatch.setenv("MPGUIDE_CHECKED_ONLY", "1")
        with pytest.raises(PluginError) as failure:
            mkdocs_hooks.refresh([snippet], python)
    finally:
        shutil.rmtree(results.RUNS / content_hash(snippet.path))
        mkdocs_hooks.render.fragment_path(snippet).unlink(missing_ok=True)
    assert (f"fresh.py [{python.label}, {python.methods[0]}] has no run that"
            " its test checked") in str(failure.value)


def test_the_offline_copy_searches_as_the_site_does():
    # mkdocs-offline.yml inherits mkdocs.yml, but lists its plugins again.
    from mkdocs.config import load_config

    from tools.building import offline
    from tools.paths import ROOT

    site = load_config(str(ROOT / "mkdocs.yml"))["plugins"]["material/search"]
    copy = load_config(str(offline.CONFIG))["plugins"]["material/search"]
    assert site.config["separator"] == copy.config["separator"]
    assert "\\.(?!\\d)" in site.config["separator"]
