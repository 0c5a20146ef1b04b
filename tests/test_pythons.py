"""Debian's CPython builds: how their packages are found, and that the
matrix takes them as what they are."""
import pytest

from bytecode import uncompiled
from tools.running import debian_pythons, interpreters

LISTING = """python3.14
  Depends: python3.14-minimal
  Depends: libpython3.14-stdlib
python3.14-minimal
  Depends: libc6
tzdata
  Depends: debconf
 |Depends: <debconf-2.0>
<debconf-2.0>
  cdebconf
libc6
"""


def test_the_closure_lists_real_packages_once():
    assert debian_pythons.packages_in(LISTING) == [
        "libc6", "python3.14", "python3.14-minimal", "tzdata"]


@pytest.mark.skipif(not debian_pythons.executables(),
                    reason="Debian's builds are not fetched here")
def test_fetched_builds_are_in_the_matrix_as_debian_builds():
    chosen = {i.version_tuple: i for i in interpreters.discover()}
    for path in debian_pythons.executables():
        build = interpreters.probe(path)
        assert build.origin == debian_pythons.BUILD_NAME
        # The matrix takes it, or a newer patch release of its version:
        # never an older one installed beside it (pyenv's 3.13.0).
        matrix = chosen[build.version_tuple]
        assert interpreters.release(matrix.version) >= \
            interpreters.release(build.version)
        assert set(build.methods) == {"fork", "spawn", "forkserver"}
        # Its standard library is compiled: snippets run without writing
        # bytecode, so a module without it is compiled at every start.
        assert uncompiled(path, ["asyncio.base_events",
                                  "concurrent.futures.process",
                                  "multiprocessing.managers"]) == []
