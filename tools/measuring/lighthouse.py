"""Lighthouse on four kinds of page, served with gzip as GitHub Pages
serves the site; prints one line per page and category.

    python -m tools.measuring.lighthouse      # make lighthouse

Lighthouse (npm, pinned below) is installed once into .cache/npm and
drives the same Chromium as the browser tests, with its mobile preset.
Targets: accessibility >= 98, performance >= 95, best practices and SEO
100. The site must be built first (make site).
"""
from __future__ import annotations

import json
import os
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
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 98, "best-practices": 100,
           "seo": 100}


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


def main() -> int:
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        sys.exit("no site/ yet: run `make site` first")
    program = _lighthouse()
    missed = 0
    with serving(site, compressed=True) as base:
        for name, page in PAGES.items():
            report = audit(program, base + page)
            for category in CATEGORIES:
                score = round(100 * report["categories"][category]["score"])
                mark = "" if score >= TARGETS[category] else "  ✘"
                missed += bool(mark)
                print(f"{name} ({page or '/'}) {category}: {score}{mark}")
            failing = [key for key, result in report["audits"].items()
                       if result.get("score") == 0
                       and result.get("scoreDisplayMode") == "binary"]
            if failing:
                print(f"  failing audits: {', '.join(sorted(failing))}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
