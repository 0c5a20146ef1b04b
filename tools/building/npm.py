"""One file out of a package of the npm registry, fetched once with npm,
checked against its pinned digest, kept under .cache/npm; never committed.
"""
from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from tools.paths import CACHE


class Unavailable(Exception):
    pass


def packed_file(package: str, integrity: str, member: str,
                why: str) -> Path:
    """``member`` of ``package`` ("name@version"), whose tarball must have
    ``integrity`` ("sha512-..."); ``why`` says what needs it, for the
    message when npm is missing."""
    target = CACHE / "npm" / package.replace("@", "-") / Path(member).name
    if target.is_file():
        return target
    npm = shutil.which("npm")
    if not npm:
        raise Unavailable(f"npm (Node.js) is needed once to fetch {package} "
                          f"for {why}")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([npm, "pack", package, "--silent"], cwd=tmp,
                       check=True, stdout=subprocess.DEVNULL)
        tarball = next(Path(tmp).glob("*.tgz"))
        digest = base64.b64encode(
            hashlib.sha512(tarball.read_bytes()).digest()).decode()
        if f"sha512-{digest}" != integrity:
            raise Unavailable(f"{package}: digest mismatch")
        with tarfile.open(tarball) as archive:
            source = archive.extractfile(f"package/{member}").read()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source)
    return target
