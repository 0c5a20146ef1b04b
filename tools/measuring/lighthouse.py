"""Lighthouse on four kinds of page and on the heaviest pages of the
site, served with gzip as GitHub Pages serves the site; prints one line per
page and category, and last the slowest page.

    python -m tools.measuring.lighthouse [RUNS]     # make lighthouse

Lighthouse (npm, pinned below) is installed once into .cache/npm and
drives the same Chromium as the browser tests, with its mobile preset.
Each page is audited RUNS times (3 unless given) and the median score is
printed with the range: Lighthouse's own guidance on variability, since
one busy moment of the machine moves the performance score by ten
points. Under performance, one more line gives the median of the metrics
it is computed from. Targets: accessibility >= 98, performance >= 95,
best practices and SEO 100. The site must be built first (make site).
"""
from __future__ import annotations

import json
import os
import statistics
import shutil
import subprocess
import sys
from pathlib import Path

from tools.building.browser import DEBIAN_CHROMIUM, FLAGS, serving
from tools.paths import CACHE, ROOT

VERSION = "12.8.2"
PAGES = {
    "home": "",
    "long tutorial page": "tutorial/first-pool/",
    "page with tabs": "pitfalls/pickling/",
    "notebook page": "howto/jupyter/",
}
HEAVIEST = 6  # pages audited besides PAGES: the most HTML to parse
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 98, "best-practices": 100,
           "seo": 100}
METRICS = {"first-contentful-paint": "FCP", "largest-contentful-paint": "LCP",
           "total-blocking-time": "TBT", "cumulative-layout-shift": "CLS",
           "speed-index": "SI"}


def _lighthouse() -> Path:
    folder = CACHE / "npm" / f"lighthouse-{VERSION}"
    program = folder / "node_modules" / ".bin" / "lighthouse"
    if not program.exists():
        if not shutil.which("npm"):
            sys.exit("npm (Node.js) is needed to install Lighthouse")
        folder.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(folder),
                        "--no-audit", "--no-fund", "--silent",
                        f"lighthouse@{VERSION}"], check=True)
    return program


def _chromium() -> str:
    if DEBIAN_CHROMIUM.exists():
        return str(DEBIAN_CHROMIUM)
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        return playwright.chromium.executable_path


def audit(program: Path, url: str) -> dict:
    done = subprocess.run(
        [str(program), url, "--output=json", "--output-path=stdout",
         "--quiet", f"--only-categories={','.join(CATEGORIES)}",
         f"--chrome-flags={' '.join(FLAGS)}"],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "CHROME_PATH": _chromium()})
    if done.returncode:
        sys.exit(f"lighthouse failed on {url}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def _metrics(reports: list[dict]) -> str:
    parts = []
    for key, label in METRICS.items():
        value = statistics.median(r["audits"][key]["numericValue"]
                                  for r in reports)
        parts.append(f"{label} {value:.3f}" if label == "CLS"
                     else f"{label} {value / 1000:.2f} s")
    return ", ".join(parts)


def heaviest(site: Path, count: int) -> dict[str, str]:
    """The pages with the most HTML, which cost a browser the most."""
    pages = sorted(site.rglob("index.html"), key=lambda p: p.stat().st_size,
                   reverse=True)
    return {f"heavy, {p.stat().st_size // 1024} KB":
            p.parent.relative_to(site).as_posix() + "/"
            for p in pages[:count]}


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 3
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        sys.exit("no site/ yet: run `make site` first")
    program = _lighthouse()
    missed = 0
    shown = set(PAGES.values())
    pages = {**PAGES, **{name: page for name, page
                         in heaviest(site, HEAVIEST).items()
                         if page not in shown}}
    performance = {}
    with serving(site, compressed=True) as base:
        for name, page in pages.items():
            reports = [audit(program, base + page) for _ in range(runs)]
            for category in CATEGORIES:
                scores = [round(100 * r["categories"][category]["score"])
                          for r in reports]
                score = statistics.median_low(scores)
                mark = "" if score >= TARGETS[category] else "  ✘"
                missed += bool(mark)
                spread = (f" (runs: {min(scores)}–{max(scores)})"
                          if runs > 1 else "")
                print(f"{name} ({page or '/'}) {category}: "
                      f"{score}{spread}{mark}")
                if category == "performance":
                    performance[page or "/"] = score
                    print(f"  median {_metrics(reports)}")
            failing = sorted({
                key for r in reports for key, result in r["audits"].items()
                if result.get("score") == 0
                and result.get("scoreDisplayMode") == "binary"})
            if failing:
                print(f"  failing audits: {', '.join(failing)}")
    slowest = min(performance, key=performance.get)
    print(f"slowest: {slowest} (performance {performance[slowest]})")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
