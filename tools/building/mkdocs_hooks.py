"""MkDocs hooks: fresh snippet outputs and notebooks before every build.

Each snippet is run with the newest CPython found (every one found, for a
``by_version`` snippet) under every start method it offers, unless a stored
result for the same code exists (see ``tools.running.results``). A snippet
that fails, hangs, or has no run to show stops the build with a message
naming it.
"""
from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

# MkDocs loads this file by path; the repository root is two levels up.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.building import (abbreviations, api_index, author_build,
                            error_index, notebook_css, offline, page_load,
                            render, search_text, snippet_list, status)
from tools.building.lab import figures, fragments as lab
from tools.running import (catalog, environments, execute, interpreters,
                           notebooks)
from tools.paths import DOCS, GENERATED, ROOT, RUNS, SNIPPETS

log = logging.getLogger("mkdocs.hooks.snippets")

STATUS_PAGE = "about/status.md"
# Pages the build writes, each from the code and the stored runs.
GENERATED_PAGES = {STATUS_PAGE: status.page,
                   "reference/api-index.md": api_index.page,
                   "reference/error-index.md": error_index.page,
                   "reference/snippets.md": snippet_list.page}
OFFLINE_ZIP = f"downloads/{offline.ZIP.name}"


def _is_offline_build(config) -> bool:
    return any(name.endswith("offline") for name in config.plugins)


def on_config(config):
    # The online site links the offline copy when one has been built.
    if not _is_offline_build(config) and offline.ZIP.is_file():
        config.extra["offline_zip"] = OFFLINE_ZIP
    return config


def _shown_with(snippet, site):
    """The interpreter whose output the page shows: ``site`` (the newest
    found), or the newest one the snippet runs on when it skips ``site``."""
    if snippet.skip_reason(site.version_tuple) is None:
        return site
    fitting = [i for i in interpreters.discover()
               if snippet.skip_reason(i.version_tuple) is None]
    if not fitting:
        raise PluginError(
            f"{snippet.name} runs on no interpreter found: "
            f"{snippet.skip_reason(site.version_tuple)} (looked in pyenv, "
            "for python3.X on PATH and for Debian's builds).")
    return fitting[-1]


def _checked_only() -> bool:
    """The published build (make verify) shows only runs a test passed;
    a preview (make serve) may show runs no test has judged yet."""
    return os.environ.get("MPGUIDE_CHECKED_ONLY") == "1"


def _refused(snippet, run) -> str | None:
    """Why a page may not show this run, or None."""
    problem = execute.problem(snippet, run)
    if problem is None and run.verified is False:
        problem = (f"{run.describe()} failed its test, and a page never "
                   "shows a run that failed: fix the snippet or its test, "
                   f"then run the tests again. Last lines:\n{run.tail()}")
    elif problem is None and run.verified is None and _checked_only():
        problem = (f"{run.describe()} has no run that its test checked, and "
                   "this build shows only checked runs: run the tests "
                   "first (make verify does).")
    return problem


def _pythons(snippet, site) -> list:
    """Every interpreter whose output the page shows, newest first."""
    if snippet.by_version:
        found = [i for i in interpreters.discover()
                 if snippet.skip_reason(i.version_tuple) is None]
        return sorted(found, key=lambda i: i.version_tuple, reverse=True)
    return [_shown_with(snippet, site)]


def refresh(snippets, site) -> int:
    """Run what changed, fail on any bad run, and write the fragments;
    return how many fragments changed."""
    pythons = {s.name: _pythons(s, site) for s in snippets}
    jobs = [execute.Job(s, python, m) for s in snippets
            for python, m in s.matrix(pythons[s.name])]
    try:
        runs = execute.ensure(jobs)
    except environments.PackageInstallError as error:
        raise PluginError(f"Snippets cannot run: {error}") from None
    except execute.RunsFailed as error:
        raise PluginError(f"The runner failed on some snippets:\n{error}"
                          ) from None
    failures = [p for job in jobs
                if (p := _refused(job.snippet, runs[job.key]))]
    if failures:
        raise PluginError("Snippets failed:\n\n" + "\n\n".join(failures))
    changed = 0
    for snippet in snippets:
        newest = pythons[snippet.name][0]
        if snippet.lab or snippet.one_method:
            # One run per Python, each with its own default method (fork
            # up to 3.13 on Linux, forkserver from 3.14).
            methods = [snippet.matrix([newest])[0][1]]
            shown = {methods[0]: [
                runs[(snippet.name, python.key,
                      snippet.matrix([python])[0][1])]
                for python in pythons[snippet.name]]}
        else:
            methods = render.tab_order(newest)
            shown = {m: [runs[(snippet.name, python.key, m)]
                         for python in pythons[snippet.name]]
                     for m in methods}
        changed += render.write(snippet, shown, methods[0])
        if snippet.name in figures.FIGURES:
            try:
                changed += lab.write(snippet.name, shown[methods[0]][0])
            except lab.LabError as error:
                raise PluginError(str(error)) from None
    return changed


def on_startup(command, dirty):
    author_build.startup(dirty)  # `make serve` renders only what changed


def _snippets_state() -> tuple:
    return (author_build.state(SNIPPETS)
            + author_build.state(RUNS, files=False))


def on_pre_build(config):
    # `make serve` builds again in the same process after every save; what
    # read the same files last time is not done again.
    inputs = _snippets_state()
    if not author_build.seen("snippets", inputs):
        changed = refresh(list(catalog.load().values()),
                          interpreters.page_python())
        for name in notebooks.PAGES:
            try:
                notebooks.publish(name, notebooks.ensure(name))
            except notebooks.NotebookFailed as error:
                raise PluginError(str(error)) from None
        log.info("snippets: %d fragments rewritten", changed)
        inputs = _snippets_state()
        author_build.remember("snippets", inputs)
    inputs += author_build.state(DOCS)
    if not author_build.seen("generated pages", inputs):
        for path, make in GENERATED_PAGES.items():
            render.write_if_changed(GENERATED / "pages" / path, make())
        author_build.remember("generated pages", inputs)


@event_priority(100)  # before mkdocs-jupyter turns notebooks into pages
def on_files(files, config):
    # Snippet files, so pages can offer each one for download, and the
    # pinned packages some of them need.
    for path in sorted(SNIPPETS.rglob("*")):
        if path.is_file() and (path.suffix == ".py"
                               or path == environments.REQUIREMENTS):
            files.append(File(path.relative_to(ROOT).as_posix(), str(ROOT),
                              config["site_dir"], config["use_directory_urls"]))
    # Executed notebooks and the generated pages, as pages.
    for page in notebooks.PAGES.values():
        files.append(File(page, str(GENERATED / "notebooks"),
                          config["site_dir"], config["use_directory_urls"]))
    for path in GENERATED_PAGES:
        files.append(File(path, str(GENERATED / "pages"),
                          config["site_dir"], config["use_directory_urls"]))
    if config.extra.get("offline_zip"):
        files.append(File.generated(config, OFFLINE_ZIP,
                                    abs_src_path=str(offline.ZIP)))
    for script in config.extra.get("polyfills", []):
        if "iframe-worker" in script:
            try:
                shim = offline.shim()
            except offline.OfflineBuildError as error:
                raise PluginError(str(error)) from None
            files.append(File.generated(config, script,
                                        abs_src_path=str(shim)))
    return files


# Material's search panel is a dialog without a name; a screen reader
# announces it as "dialog" alone.
_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog"'


def _name_search_dialog(output: str) -> str:
    return output.replace(_SEARCH_DIALOG,
                          _SEARCH_DIALOG + ' aria-label="Search"', 1)


_pages: author_build.AuthorBuild | None = None


def on_nav(nav, config, files):
    global _pages
    _pages = author_build.AuthorBuild(files, config)
    _pages.keep_titles()
    return nav


def on_post_build(config):
    _pages.save()


def on_post_template(output, template_name, config):
    # MkDocs renders 404.html with links from the site's root ("/assets/…"),
    # which a copy opened from the file system resolves to the disk's root.
    # In the offline copy 404.html sits at the root, so "./" is right.
    if template_name == "404.html" and _is_offline_build(config):
        output = re.sub(r'((?:href|src)=")/(?!/)', r"\1./", output)
        output = output.replace('"base": "/"', '"base": "."')
        output = output.replace('"search": "/', '"search": "./')
    return _name_search_dialog(output)  # 404.html has the search too


def on_page_markdown(markdown, page, config, files):
    try:
        return lab.fill(markdown, page.file.src_uri)
    except lab.LabError as error:
        raise PluginError(str(error)) from None


def on_page_content(html, page, config, files):
    html = page_load.copy_buttons(page_load.fewer_code_spans(html))
    return search_text.mark(abbreviations.first_only(html))


def on_post_page(output, page, config):
    output = _name_search_dialog(output)
    # mkdocs-jupyter copies a notebook beside its page; its modules go too.
    for name, src in notebooks.PAGES.items():
        if page.file.src_uri == src:
            notebooks.copy_modules(name, Path(page.file.abs_dest_path).parent)
            output = notebook_css.cut(output)
    return output
