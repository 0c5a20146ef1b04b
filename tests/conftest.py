import pytest

import snippet_checks
from tools.running import environments, interpreters


def _is_snippet_test(item):
    return item.get_closest_marker("snippet") is not None


def pytest_collection_modifyitems(items):
    # Snippet tests last: their runs happen in the background meanwhile.
    items.sort(key=_is_snippet_test)


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
