"""MkDocs hooks: fresh snippet outputs and notebooks before every build.

Each snippet is run with the interpreter running MkDocs under every start
method it offers, unless a stored result for the same code exists (see
``tools.results``). A snippet that fails, hangs or has no output to show
stops the build with a message naming it.
"""
from __future__ import annotations

import logging

import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

# MkDocs loads this file by path; the tools package sits one level up.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools import catalog, execute, notebooks, render, results
from tools.interpreters import site_python
from tools.paths import GENERATED, ROOT, SNIPPETS

log = logging.getLogger("mkdocs.hooks.snippets")


def _runs_to_show(snippet, site, runs) -> dict:
    """Per method, the site interpreter's run, or the newest stored one."""
    if snippet.runs_on(site.version_tuple):
        return {m: runs[(snippet.name, site.key, m)] for m in site.methods}
    stored = sorted(results.all_for(snippet),
                    key=lambda r: [int(x) for x in r.python.split()[-1].split(".")])
    shown = {run.method: run for run in stored if run.verified}
    if not shown:
        raise PluginError(
            f"{snippet.name} needs Python "
            f"{'.'.join(map(str, snippet.min_python))}+ and has no verified "
            f"output from one: run `make verify` first.")
    return shown


def on_pre_build(config):
    site = site_python()
    snippets = list(catalog.load().values())
    runs = execute.ensure(execute.jobs_for(snippets, [site]))
    failures = [p for run in runs.values()
                if (p := execute.problem(catalog.get(run.snippet), run))]
    if failures:
        raise PluginError("Snippets failed:\n\n" + "\n\n".join(failures))
    changed = 0
    for snippet in snippets:
        shown = _runs_to_show(snippet, site, runs)
        default = site.default_method if site.default_method in shown else next(iter(shown))
        changed += render.write(snippet, shown, default)
    for name in notebooks.PAGES:
        try:
            notebooks.publish(name, notebooks.ensure(name))
        except notebooks.NotebookFailed as error:
            raise PluginError(str(error)) from None
    log.info("snippets: %d runs, %d fragments rewritten", len(runs), changed)


@event_priority(100)  # before mkdocs-jupyter turns notebooks into pages
def on_files(files, config):
    # Snippet files, so pages can offer each one for download.
    for path in sorted(SNIPPETS.rglob("*")):
        if path.is_file() and path.suffix == ".py":
            files.append(File(path.relative_to(ROOT).as_posix(), str(ROOT),
                              config["site_dir"], config["use_directory_urls"]))
    # Executed notebooks, as pages.
    for page in notebooks.PAGES.values():
        files.append(File(page, str(GENERATED / "notebooks"),
                          config["site_dir"], config["use_directory_urls"]))
    return files


def on_post_page(output, page, config):
    # mkdocs-jupyter copies a notebook beside its page; its modules go too.
    for name, src in notebooks.PAGES.items():
        if page.file.src_uri == src:
            notebooks.copy_modules(name, Path(page.file.abs_dest_path).parent)
    return output
