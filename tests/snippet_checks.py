"""Turn a check of one snippet's output into a test per interpreter and method.

Usage in a test module::

    @checks("pool/map_squares.py")
    def test_map_squares(run):
        assert run.lines == ["results: [1, 4, 9, 16, 25]"]

The snippet runs (or its stored result for the same code is reused, except
under CI=true) once per interpreter and start method, all in parallel before
the first test; see ``conftest.py``.
"""
from __future__ import annotations

import pytest

from tools import catalog, execute, interpreters, results

_runs: dict = {}


def run_selected(names: set[str]) -> None:
    """Run every selected snippet under every interpreter and method."""
    snippets = [catalog.get(name) for name in sorted(names)]
    jobs = execute.jobs_for(snippets, interpreters.configured())
    _runs.update(execute.ensure(jobs, fresh=execute.fresh_requested()))


def _params(snippet: catalog.Snippet) -> list:
    params = []
    for interpreter in interpreters.configured():
        too_old = not snippet.runs_on(interpreter.version_tuple)
        marks = pytest.mark.skip(
            reason=f"{snippet.name} needs Python "
                   f"{'.'.join(map(str, snippet.min_python))}+") if too_old else ()
        for method in interpreter.methods:
            params.append(pytest.param(
                interpreter, method, marks=marks,
                id=f"{interpreter.version}-{method}"))
    return params


def checks(name: str):
    snippet = catalog.get(name)

    def decorate(check):
        @pytest.mark.snippet(name)
        @pytest.mark.parametrize("interpreter,method", _params(snippet))
        def test(interpreter, method):
            run = _runs[(name, interpreter.key, method)]
            failure = execute.problem(snippet, run)
            if failure:
                pytest.fail(failure, pytrace=False)
            try:
                check(run)
                wrong = None
            except AssertionError as error:
                wrong = error
            if wrong is not None:
                pytest.fail(execute.wrong_output(run, wrong), pytrace=False)
            run.verified = True
            results.save(snippet, run)

        test.__name__ = check.__name__
        test.__doc__ = check.__doc__
        return test

    return decorate
