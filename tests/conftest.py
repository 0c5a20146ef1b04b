import pytest

pytest_plugins = ["site_fixtures"]  # the built site and Chromium

import snippet_checks
from tools.paths import CACHE
from tools.running import environments, execute, interpreters, leftovers

# What the session left in /dev/shm or running; the flake check reads it.
LEFTOVERS = CACHE / "leftovers.json"
_session: leftovers.Session | None = None
_found: list[leftovers.Leftover] = []


def _is_snippet_test(item):
    return item.get_closest_marker("snippet") is not None


def pytest_collection_modifyitems(items):
    # Snippet tests last: their runs happen in the background meanwhile.
    # A test that builds the site comes after them, once every run is made.
    items.sort(key=lambda item: (
        item.get_closest_marker("after_snippets") is not None,
        _is_snippet_test(item)))


def pytest_collection_finish(session):
    names = {item.get_closest_marker("snippet").args[0]
             for item in session.items if _is_snippet_test(item)}
    if names:
        # Before any snippet runs: a package that cannot be installed stops
        # the session with one message naming it and the interpreter.
        for interpreter in interpreters.configured():
            try:
                environments.python_for(interpreter)
            except environments.PackageInstallError as error:
                raise pytest.UsageError(str(error)) from None
        snippet_checks.start(names, with_notebooks=any(
            item.get_closest_marker("notebook") for item in session.items))


def pytest_sessionstart(session):
    global _session
    _session = leftovers.Session()
    _session.mark()


def pytest_sessionfinish(session):
    # Anything left fails the session, even with every test passed. In CI
    # nothing else runs beside; elsewhere an entry made while none of the
    # session's runs was going on is taken for another program's.
    # (It kills the session's stray processes: nothing outlives it.)
    _found[:] = _session.leftovers(strict=execute.fresh_requested())
    leftovers.save(_found, LEFTOVERS)
    if _found:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter):
    if _found:
        terminalreporter.section("left behind", red=True)
        for item in _found:
            terminalreporter.line(item.describe())
