"""Turn a check of one snippet's output into a test per interpreter and method.

Usage in a test module::

    @checks("pool/map_squares.py")
    def test_map_squares(run):
        assert run.lines == ["results: [1, 4, 9, 16, 25]"]

Every selected snippet runs once per interpreter and start method (a stored
result for the same code is reused, except under CI=true). The runs start in
a background thread as soon as collection ends, so the other tests run
meanwhile; snippets that measure time run last, once nothing else does.
"""
from __future__ import annotations

import sys
import threading
import traceback

import pytest

from tools.running import catalog, execute, interpreters, notebooks, results

_runs: dict = {}
_errors: dict = {}  # job key -> traceback of a run the runner could not make
_started = threading.Event()
_done = threading.Event()
_quiet = threading.Event()  # only snippet tests are left: the machine is idle
_crash: list[str] = []  # the background runner's own failure, formatted


def _work(jobs, fresh, with_notebooks):
    try:
        shared = [job for job in jobs if not job.snippet.alone]
        # The notebooks run beside the shared snippets; their tests reuse them.
        book = threading.Thread(target=lambda: [
            notebooks.ensure(name, fresh) for name in notebooks.PAGES
        ] if with_notebooks else None)
        book.start()
        _runs.update(execute.ensure(shared, fresh, errors=_errors))
        book.join()
        _quiet.wait()
        _runs.update(execute.ensure(
            [job for job in jobs if job.snippet.alone], fresh,
            errors=_errors))
    except BaseException:
        # Reported once, now, in full; each test it leaves without a run
        # then fails at once with a pointer to this.
        _crash.append(traceback.format_exc())
        print(f"\nThe background runner of the snippet tests failed:\n"
              f"{_crash[0]}", file=sys.__stderr__, flush=True)
    finally:
        _done.set()


def start(names: set[str], with_notebooks: bool) -> None:
    """Start every selected snippet under every interpreter and method,
    and the notebooks if their tests are selected too."""
    snippets = [catalog.get(name) for name in sorted(names)]
    jobs = execute.jobs_for(snippets, interpreters.configured())
    _started.set()
    threading.Thread(
        target=_work, args=(jobs, execute.fresh_requested(), with_notebooks),
        daemon=True).start()


def wait_for_runs() -> None:
    """Every run of the session made (none started: nothing to wait for)."""
    if _started.is_set():
        _quiet.set()
        _done.wait()


def _result(key):
    _quiet.set()
    _done.wait()
    if key in _runs:
        return _runs[key]
    if key in _errors:
        pytest.fail(f"the runner could not run {' '.join(key)}:\n"
                    f"{_errors[key]}", pytrace=False)
    if _crash:
        last = _crash[0].strip().splitlines()[-1]
        pytest.fail(f"no run: the background runner stopped before it "
                    f"({last}; its traceback is printed once, where it "
                    "happened)", pytrace=False)
    pytest.fail(f"no run was made for {' '.join(key)}", pytrace=False)


TRACEBACK = "Traceback (most recent call last):"


def ends_in_one_traceback(run, last: str) -> None:
    """The program failed with one traceback, whose last line is
    ``last`` (the exception as the reader sees it)."""
    assert run.exit_code == 1
    assert run.output.count(TRACEBACK) == 1, run.output
    assert run.lines[-1] == last, run.lines[-1]


def version(run) -> tuple[int, ...]:
    """(3, 12, 1) from the run's "CPython 3.12.1": where behaviour changed
    in a patch release."""
    return interpreters.release(run.python.split()[-1])


def _params(snippet: catalog.Snippet) -> list:
    if snippet.lab or snippet.one_method:  # fewer runs than the matrix
        return [pytest.param(i, m, id=f"{i.version}-{m}")
                for i, m in snippet.matrix(interpreters.configured())]
    params = []
    for interpreter in interpreters.configured():
        reason = snippet.skip_reason(interpreter.version_tuple)
        marks = pytest.mark.skip(
            reason=f"{snippet.name}: {reason}") if reason else ()
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
            run = _result((name, interpreter.key, method))
            failure = execute.problem(snippet, run)
            if not failure:
                try:
                    check(run)
                except AssertionError as error:
                    failure = execute.wrong_output(run, error)
            # The site's verification line reads this flag.
            run.verified = failure is None
            results.save(snippet, run)
            if failure:
                pytest.fail(failure, pytrace=False)

        test.__name__ = check.__name__
        test.__doc__ = check.__doc__
        return test

    return decorate
