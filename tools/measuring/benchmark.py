"""Time the verification and the rebuilds; print one `name: value` a line.

    python -m tools.measuring.benchmark

Targets on a 2-core machine: ratio <= 1.3, nochange_rebuild_s <= 3,
one_page_rebuild_s <= 3, one_edit_extra_s <= 3 (the author's loop, as
`make serve` rebuilds after a save: tools/measuring/rebuild.py), also with
the pages doubled (doubled_*), page_kb_gz <= 150, offline_zip_kb <= 10240.
full_build_s is the published build, every page rendered. It clears
stored results first, so it runs the whole matrix from nothing, as CI does.

page_kb_gz is everything a first visit to a typical page transfers, as a
browser loads it; heaviest_page_kb_gz is the same for the heaviest page of
the site, named (every page is loaded). The search index is fetched only once the reader reaches
for the search box (overrides/main.html), so it is printed on its own:
search_index_kb_gz, what the first search adds.

full_verify_s is what the bound models: every snippet and notebook run, the
tests on them, and both site builds. The browser tests come after, timed on
their own as browser_tests_s.

The bound: snippets marked ``alone`` measure time, so they run one at a time
with nothing beside them; their runs add up (alone_runs_s). The rest share
the cores (shared_runs_bound_s: their sum over the cores, or the longest).
lower_bound_s = alone_runs_s + shared_runs_bound_s + site_build_s.

The snippets' environments (one per interpreter, tools/running/environments.py)
are built first and timed on their own: environments_cold_s with uv's
download cache empty, environments_warm_s with it filled, and
environments_ready_s when they already exist (every later run).
"""
from __future__ import annotations

import gzip
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

from tools.building import offline
from tools.running import (catalog, environments, interpreters, notebooks,
                           results)
from tools.building.browser import launch, serving
from tools.measuring import rebuild
from tools.measuring.rebuild import bound
from tools.paths import CACHE, GENERATED, ROOT

TYPICAL_PAGE = "tutorial/first-process/"


def _timed(*command: str, **env: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env={**os.environ, **env},
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True)
    if done.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{done.stdout[-6000:]}")
    return time.perf_counter() - start


def _build() -> float:
    return _timed(sys.executable, "-m", "mkdocs", "build", "--strict",
                  NO_MKDOCS_2_WARNING="1", NBCONVERT_DISABLE_CONFIG_EXPORTERS="1")


def _page_weights_gz(pages: list[str]) -> dict[str, int]:
    """Page -> bytes, gzip-compressed, of everything it loads in a browser
    (a fresh tab each, so nothing comes from an earlier page)."""
    from playwright.sync_api import sync_playwright

    site = ROOT / "site"
    weights = {}
    with serving(site) as base, sync_playwright() as playwright:
        chromium = launch(playwright)
        for page in pages:
            loaded: set[str] = set()
            context = chromium.new_context()
            tab = context.new_page()
            tab.on("requestfinished", lambda r: loaded.add(r.url))
            tab.goto(base + page)
            tab.wait_for_load_state("networkidle")
            context.close()
            total = 0
            for url in loaded:
                path = site / urlparse(url).path.lstrip("/")
                if path.is_dir():
                    path = path / "index.html"
                total += len(gzip.compress(path.read_bytes()))
            weights[page] = total
        chromium.close()
    return weights


def _every_page() -> list[str]:
    site = ROOT / "site"
    return sorted("" if p.parent == site
                  else f"{p.parent.relative_to(site).as_posix()}/"
                  for p in site.rglob("index.html"))


def _environments() -> dict[str, float]:
    """Building the snippets' environments, timed apart from the tests:
    cold (uv's download cache empty too), then warm (downloads cached)."""
    build = (sys.executable, "-m", "tools.running.environments")
    with tempfile.TemporaryDirectory() as scratch:
        cache = Path(scratch, "cache")
        cache.mkdir()
        if interpreters.PROBES.is_file():  # probing is not building
            shutil.copy(interpreters.PROBES, cache)
        cold = _timed(*build, MPGUIDE_CACHE=str(cache),
                      UV_CACHE_DIR=str(Path(scratch, "uv")))
    shutil.rmtree(environments.ENVIRONMENTS, ignore_errors=True)
    warm = _timed(*build)
    return {"environments_cold_s": cold, "environments_warm_s": warm,
            "environments_ready_s": _timed(*build)}


def main() -> None:
    cores = os.cpu_count() or 1
    built = _environments()
    shutil.rmtree(CACHE / "runs", ignore_errors=True)
    shutil.rmtree(CACHE / "notebooks", ignore_errors=True)
    shutil.rmtree(GENERATED, ignore_errors=True)

    tests_s = _timed(sys.executable, "-m", "pytest", "-q", "-p",
                     "no:cacheprovider", "-m", "not browser", CI="true",
                     MPGUIDE_PYTHONS="all")
    build_s = _timed(sys.executable, "-m", "tools.building.site",
                     NO_MKDOCS_2_WARNING="1",
                     NBCONVERT_DISABLE_CONFIG_EXPORTERS="1")
    full_verify_s = tests_s + build_s
    browser_tests_s = _timed(sys.executable, "-m", "pytest", "-q", "-p",
                             "no:cacheprovider", "-m", "browser")
    weights = _page_weights_gz(_every_page())
    page_kb_gz = weights[TYPICAL_PAGE] / 1024
    heaviest = max(weights, key=weights.get)

    snippets = list(catalog.load().values())
    runs = {s.name: results.all_for(s) for s in snippets}
    alone = [r.duration for s in snippets if s.alone for r in runs[s.name]]
    shared = [r.duration for s in snippets if not s.alone
              for r in runs[s.name]]
    shared += [notebooks.duration(notebooks.ensure(name))
               for name in notebooks.PAGES]
    durations = alone + shared
    alone_runs_s = sum(alone)
    # The performance lab's share: its snippets run alone, once each.
    lab_runs_s = sum(r.duration for s in snippets if s.lab
                     for r in runs[s.name])
    shared_runs_bound_s = bound(shared, cores)
    lower_bound_s = alone_runs_s + shared_runs_bound_s + build_s

    full_build_s = _build()  # the published build: every page, strict
    loop = rebuild.measure(1)
    doubled = rebuild.measure(2)

    pythons = interpreters.discover()
    figures = {
        "cores": cores,
        "interpreters": " ".join(i.version for i in pythons),
        "snippets": len(catalog.load()),
        "snippet_runs": sum(map(len, runs.values())),
        "sum_of_runs_s": sum(durations),
        "longest_run_s": max(durations),
        "tests_s": tests_s,
        "site_build_s": build_s,
        "full_verify_s": full_verify_s,
        "alone_runs_s": alone_runs_s,
        "lab_runs_s": lab_runs_s,
        "shared_runs_bound_s": shared_runs_bound_s,
        "lower_bound_s": lower_bound_s,
        "ratio": full_verify_s / lower_bound_s,
        "browser_tests_s": browser_tests_s,
        "verify_total_s": full_verify_s + browser_tests_s,
        "full_build_s": full_build_s,
        "pages": loop["pages"],
        "nochange_rebuild_s": loop["nochange_rebuild_s"],
        "one_page_rebuild_s": loop["one_page_rebuild_s"],
        "one_edit_rebuild_s": loop["one_edit_rebuild_s"],
        "one_edit_extra_s": loop["one_edit_extra_s"],
        "doubled_pages": doubled["pages"],
        "doubled_nochange_rebuild_s": doubled["nochange_rebuild_s"],
        "doubled_one_page_rebuild_s": doubled["one_page_rebuild_s"],
        "doubled_one_edit_extra_s": doubled["one_edit_extra_s"],
        "page_kb_gz": page_kb_gz,
        "heaviest_page_kb_gz": f"{weights[heaviest] / 1024:.2f} "
                               f"({heaviest or '/'})",
        "search_index_kb_gz": len(gzip.compress(
            (ROOT / "site" / "search" / "search_index.json").read_bytes()))
        / 1024,
        "offline_zip_kb": offline.ZIP.stat().st_size / 1024,
        **built,
    }
    for name, value in figures.items():
        print(f"{name}: {value:.2f}" if isinstance(value, float)
              else f"{name}: {value}")


if __name__ == "__main__":
    main()
