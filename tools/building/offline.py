"""The offline copy: the site built to be read from disk, zipped.

Material's search runs in a Web Worker, which browsers refuse to start from
a ``file://`` page. The iframe-worker shim works around that; it comes from
the npm registry (by package name, through npm) at build time, checked
against a pinned digest, and is never committed.
"""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from tools.building import npm
from tools.paths import ROOT

SHIM_PACKAGE = "iframe-worker@1.0.4"
SHIM_INTEGRITY = ("sha512-roeaaI+Lg1LJNfgpCjoRe/+WzEjy9+Z08LoEvu85MCPbBjwm"
                  "+qXz8Ag5U05lHa6V1CysZyGzE0SOkAtSUA5q7Q==")
CONFIG = ROOT / "mkdocs-offline.yml"
SITE = ROOT / "site-offline"
ZIP = ROOT / "dist" / "python-multiprocessing-verified-offline.zip"


class OfflineBuildError(Exception):
    pass


def shim() -> Path:
    """The iframe-worker shim, fetched once with npm and verified."""
    try:
        return npm.packed_file(SHIM_PACKAGE, SHIM_INTEGRITY,
                               "shim/index.js", "the offline copy's search")
    except npm.Unavailable as error:
        raise OfflineBuildError(str(error)) from None


def build() -> Path:
    """Build the offline site and zip it, under one top-level folder."""
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict",
                    "--quiet", "-f", str(CONFIG)], cwd=ROOT, check=True)
    ZIP.parent.mkdir(exist_ok=True)
    tmp = ZIP.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED,
                         compresslevel=9) as archive:
        for path in sorted(SITE.rglob("*")):
            if path.is_file():
                archive.write(path, Path(ZIP.stem) / path.relative_to(SITE))
    tmp.replace(ZIP)
    return ZIP


if __name__ == "__main__":
    try:
        print(build())
    except OfflineBuildError as error:
        sys.exit(f"offline copy not built: {error}")
