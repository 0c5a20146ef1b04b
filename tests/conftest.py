import snippet_checks


def _is_snippet_test(item):
    return item.get_closest_marker("snippet") is not None


def pytest_collection_modifyitems(items):
    # Snippet tests last: their runs happen in the background meanwhile.
    items.sort(key=_is_snippet_test)


def pytest_collection_finish(session):
    names = {item.get_closest_marker("snippet").args[0]
             for item in session.items if _is_snippet_test(item)}
    if names:
        snippet_checks.start(names, with_notebooks=any(
            item.get_closest_marker("notebook") for item in session.items))
