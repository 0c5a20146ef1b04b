import pytest

import snippet_checks


def pytest_collection_finish(session):
    names = {mark.args[0] for item in session.items
             for mark in item.iter_markers("snippet")}
    if names:
        snippet_checks.run_selected(names)
