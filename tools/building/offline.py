"""The offline copy: the site built to be read from disk, zipped.

Material's search runs in a Web Worker, which browsers refuse to start from
a ``file://`` page. The iframe-worker shim works around that; it comes from
the npm registry (by package name, through npm) at build time, checked
against a pinned digest, and is never committed.
"""
from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

from tools.paths import CACHE, ROOT

SHIM_PACKAGE = "iframe-worker@1.0.4"
SHIM_INTEGRITY = ("sha512-roeaaI+Lg1LJNfgpCjoRe/+WzEjy9+Z08LoEvu85MCPbBjwm"
                  "+qXz8Ag5U05lHa6V1CysZyGzE0SOkAtSUA5q7Q==")
SHIM = CACHE / "npm" / SHIM_PACKAGE.replace("@", "-") / "shim.js"
CONFIG = ROOT / "mkdocs-offline.yml"
SITE = ROOT / "site-offline"
ZIP = ROOT / "dist" / "python-multiprocessing-verified-offline.zip"


class OfflineBuildError(Exception):
    pass


def shim() -> Path:
    """The iframe-worker shim, fetched once with npm and verified."""
    if SHIM.is_file():
        return SHIM
    npm = shutil.which("npm")
    if not npm:
        raise OfflineBuildError(
            "npm (Node.js) is needed once to fetch the search shim for the "
            "offline copy")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([npm, "pack", SHIM_PACKAGE, "--silent"], cwd=tmp,
                       check=True, stdout=subprocess.DEVNULL)
        tarball = next(Path(tmp).glob("*.tgz"))
        digest = base64.b64encode(
            hashlib.sha512(tarball.read_bytes()).digest()).decode()
        if f"sha512-{digest}" != SHIM_INTEGRITY:
            raise OfflineBuildError(f"{SHIM_PACKAGE}: digest mismatch")
        with tarfile.open(tarball) as archive:
            source = archive.extractfile("package/shim/index.js").read()
    SHIM.parent.mkdir(parents=True, exist_ok=True)
    SHIM.write_bytes(source)
    return SHIM


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
