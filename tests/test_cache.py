"""Stored runs are reused only for the very same code and interpreter."""
import dataclasses
import os
import textwrap

import pytest

from tools.running import execute, fingerprint, results
from tools.running.catalog import Snippet
from tools.running.interpreters import probe, site_python


@pytest.fixture
def sandbox(tmp_path):
    """A snippets folder of its own (its runs are stored by content hash
    beside the real ones, where no real snippet can collide with them)."""
    snippets = tmp_path / "snippets"
    snippets.mkdir()
    (snippets / "helper.py").write_text("VALUE = 1\n")
    (snippets / "main.py").write_text(textwrap.dedent("""
        import os
        from helper import VALUE
        if __name__ == "__main__":
            print(VALUE, os.getpid())
        """))
    return snippets


def _hash(snippets):
    return fingerprint.content_hash(snippets / "main.py")


def test_the_hash_follows_the_snippet_and_its_local_modules(sandbox):
    before = _hash(sandbox)
    assert fingerprint.local_modules(sandbox / "main.py") == [
        sandbox / "helper.py"]  # os is not local
    (sandbox / "helper.py").write_text("VALUE = 2\n")
    after_module = _hash(sandbox)
    (sandbox / "main.py").write_text(
        (sandbox / "main.py").read_text() + "# edited\n")
    after_snippet = _hash(sandbox)
    assert len({before, after_module, after_snippet}) == 3


def test_the_hash_covers_the_runner(sandbox, tmp_path):
    files = fingerprint.inputs(sandbox / "main.py")
    assert set(fingerprint.RUNNER_FILES) <= set(files)
    # Any change to any input, the runner's copies included, changes it.
    copies = []
    for n, source in enumerate(files):
        copy = tmp_path / f"{n}-{source.name}"
        copy.write_bytes(source.read_bytes())
        copies.append(copy)
    before = fingerprint.digest(copies)
    copies[-1].write_bytes(copies[-1].read_bytes() + b"# changed\n")
    assert fingerprint.digest(copies) != before


def test_a_rebuilt_interpreter_gets_a_new_key(tmp_path):
    real = site_python()
    link = tmp_path / "python"
    link.symlink_to(real.realpath)
    assert probe(str(link)).key == real.key  # same binary, another path

    binary = tmp_path / "python3.x"
    binary.write_bytes(b"a build")
    old_key = dataclasses.replace(real, realpath=str(binary)).key
    os.utime(binary, ns=(1, 1))  # reinstalled: same path, new file
    rebuilt = dataclasses.replace(real, realpath=str(binary))
    assert rebuilt.key != old_key != real.key
    assert dataclasses.replace(real, build="other").key != real.key


def test_stored_runs_are_reused_until_the_code_changes(sandbox):
    snippet = Snippet("main.py", 0, timeout=30, root=sandbox)
    python = site_python()
    jobs = [execute.Job(snippet, python, python.default_method)]
    first = execute.ensure(jobs)[jobs[0].key]
    again = execute.ensure(jobs)[jobs[0].key]
    assert again.output == first.output  # the same pid: not run again
    fresh = execute.ensure(jobs, fresh=True)[jobs[0].key]
    assert fresh.output != first.output  # CI=true: run again
    (sandbox / "helper.py").write_text("VALUE = 3\n")
    changed = execute.ensure(jobs)[jobs[0].key]
    assert changed.output.startswith("3 ")


def test_a_file_edited_during_its_run_does_not_inherit_the_output(sandbox):
    # Runs are stored by content: a comment unique to this test session
    # keeps a run stored by an earlier session from being reused.
    unique = f"# {sandbox}\n"
    (sandbox / "edits_itself.py").write_text(unique + textwrap.dedent("""
        if __name__ == "__main__":
            with open(__file__, "a") as me:  # as an editor saving mid-run
                me.write("# edited while running\\n")
            print("old code ran")
        """))
    snippet = Snippet("edits_itself.py", 0, timeout=30, root=sandbox)
    python = site_python()
    before = fingerprint.content_hash(snippet.path)
    job = execute.Job(snippet, python, python.default_method)
    run = execute.ensure([job])[job.key]
    assert run.output == "old code ran\n"
    assert run.content_hash == before != fingerprint.content_hash(
        snippet.path)
    # The edited file has no stored run: it will run again.
    assert execute.results.load(snippet, python, job.method) is None


def test_a_job_the_runner_cannot_run_stops_no_other(sandbox, monkeypatch):
    """One failure stays one failure: the runner raising on one job (not
    the snippet failing) leaves the others' runs, and says which job."""
    (sandbox / "second.py").write_text(
        f"# {sandbox}\nif __name__ == '__main__':\n    print('second')\n")
    python = site_python()
    good = execute.Job(Snippet("second.py", 0, timeout=30, root=sandbox),
                       python, python.default_method)
    bad = execute.Job(Snippet("main.py", 0, timeout=30, root=sandbox),
                      python, python.default_method)
    real = execute.runner.run

    def run(name, *args):
        if name == "main.py":
            raise SystemError("the runner broke on this one")
        return real(name, *args)

    monkeypatch.setattr(execute.runner, "run", run)
    errors = {}
    runs = execute.ensure([bad, good], fresh=True, errors=errors)
    assert runs[good.key].output == "second\n"
    assert list(errors) == [bad.key]
    assert "SystemError: the runner broke on this one" in errors[bad.key]
    with pytest.raises(execute.RunsFailed) as failed:
        execute.ensure([bad, good], fresh=True)
    assert "main.py" in str(failed.value)
    assert "SystemError: the runner broke on this one" in str(failed.value)


def test_a_test_file_a_snippet_hands_to_pytest_is_an_input(sandbox):
    (sandbox / "test_job.py").write_text("from helper import VALUE\n")
    (sandbox / "runs_tests.py").write_text(
        'import sys\nTESTS = "test_job.py"\nprint(sys.argv, TESTS)\n')
    path = sandbox / "runs_tests.py"
    assert fingerprint.local_modules(path) == [
        sandbox / "helper.py", sandbox / "test_job.py"]
    before = fingerprint.content_hash(path)
    (sandbox / "test_job.py").write_text("from helper import VALUE  # \n")
    assert fingerprint.content_hash(path) != before


def test_the_runs_a_long_lived_build_reads_follow_each_save(sandbox):
    """`make serve` reads every snippet's stored runs after each save and
    keeps what it read; a run saved since is read again."""
    snippet = Snippet("main.py", 0, timeout=30, root=sandbox)
    python = site_python()
    job = execute.Job(snippet, python, python.default_method)
    run = execute.ensure([job], fresh=True)[job.key]
    assert [r.output for r in results.all_for(snippet)] == [run.output]
    for verdict in (True, False, None):
        run.verified = verdict
        results.save(snippet, run)
        assert [r.verified for r in results.all_for(snippet)] == [verdict]
    results.all_for(snippet)[0].verified = True  # a copy: the cache keeps
    assert results.all_for(snippet)[0].verified is None


def test_a_file_digest_is_kept_only_while_the_file_is_unchanged(
        tmp_path, monkeypatch):
    monkeypatch.setattr(fingerprint, "SETTLED_NS", -1)  # keep every one
    path = tmp_path / "module.py"
    path.write_text("VALUE = 1\n")
    first = fingerprint.file_digest(path)
    assert fingerprint.file_digest(path) == first
    # An edit of the same size, its time set back as if made within the
    # same tick of the clock: writing changed the file's change time,
    # which no program can set back.
    stat = path.stat()
    path.write_text("VALUE = 2\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert fingerprint.file_digest(path) != first


def test_what_is_read_from_a_file_follows_an_edit_that_keeps_its_time(
        tmp_path, monkeypatch):
    # The parse of a script's imports and a page's headings are kept per
    # digest of the file, so they follow the edit the test above plants.
    from tools.building import pages
    monkeypatch.setattr(fingerprint, "SETTLED_NS", -1)
    monkeypatch.setattr(pages, "DOCS", tmp_path)
    script, page = tmp_path / "main.py", tmp_path / "page.md"
    script.write_text("import json\n")
    page.write_text("# Title\n\n## Alpha\n")
    assert fingerprint.imports(script) == {"json"}
    assert [h[2] for h in pages.headings("page.md")] == ["Title", "Alpha"]
    for path, text in ((script, "import time\n"),
                       (page, "# Title\n\n## Bravo\n")):
        stat = path.stat()
        path.write_text(text)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert fingerprint.imports(script) == {"time"}
    assert [h[2] for h in pages.headings("page.md")] == ["Title", "Bravo"]
