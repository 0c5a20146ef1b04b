import re

from pickle_messages import check_notes, lambda_error, local_error
from snippet_checks import checks, version
from tools.building.render import minor


def failed_in_parent(run, last_line):
    """A traceback raised by the task handler thread of the parent,
    re-raised by map()/starmap(); nothing printed before or after but,
    from 3.14, the notes that say where the object sat."""
    assert run.exit_code == 1
    lines = check_notes(run, run.lines)
    assert "in _handle_tasks" in run.output
    assert re.fullmatch(last_line, lines[-1]), lines[-1]
    tracebacks = run.output.count("Traceback (most recent call last):")
    if run.output.count("During handling of the above exception") == 1:
        # 3.14+ for a lambda: the failed lookup comes first, chained.
        assert version(run) >= (3, 14)
        assert lines[0] == ("AttributeError: module '__main__' has no "
                            "attribute '<lambda>'")
        assert tracebacks == 1
    else:
        assert lines[0] == "Traceback (most recent call last):"
        assert tracebacks == 1


@checks("pitfalls_pickling/what_pickles.py")
def test_what_pickles(run):
    file = ("cannot pickle 'TextIOWrapper' instances"
            if minor(run.python) >= (3, 12)
            else "cannot pickle '_io.TextIOWrapper' object")
    assert re.fullmatch(
        "closure: " + local_error(run, "make_adder.<locals>.<lambda>"),
        run.lines[0]), run.lines[0]
    assert re.fullmatch(
        "local function: " + local_error(run, "make_local.<locals>.local"),
        run.lines[1]), run.lines[1]
    assert run.lines[2:] == [
        "bound method: TypeError: cannot pickle '_thread.lock' object",
        "threading.Lock: TypeError: cannot pickle '_thread.lock' object",
        f"open file: TypeError: {file}",
        "generator: TypeError: cannot pickle 'generator' object",
        "module-level def: pickled fine",
    ]


@checks("pitfalls_pickling/lambda_map.py")
def test_lambda_map(run):
    failed_in_parent(run, rf"_pickle\.PicklingError: {lambda_error(run)}")
    assert "pool.map(lambda x: 2 * x, [1, 2, 3])" in run.output


@checks("pitfalls_pickling/local_function.py")
def test_local_function(run):
    failed_in_parent(run, "(_pickle\\.)?" + local_error(
        run, "main.<locals>.shift"))
    assert "[11, 12, 13]" not in run.output


@checks("pitfalls_pickling/local_function_fixed.py")
def test_local_function_fixed(run):
    assert run.lines == ["[11, 12, 13]"]


@checks("pitfalls_pickling/bound_method.py")
def test_bound_method(run):
    # The message names the lock, not the method that dragged it in.
    failed_in_parent(
        run, r"TypeError: cannot pickle '_thread\.lock' object")
    assert "pool.map(self.scale, numbers)" in run.output


@checks("pitfalls_pickling/bound_method_fixed.py")
def test_bound_method_fixed(run):
    assert run.lines == [
        "results: [3, 6, 9]",
        "every task ran in a worker: True",
    ]


@checks("pitfalls_pickling/put_loud.py")
def test_put_loud(run):
    assert run.lines == [
        "put() raised TypeError: cannot pickle '_thread.lock' object",
        "get(): next item",
        "queue empty: True",
    ]
    assert "Traceback" not in run.output


def refused_by_pool(run, kind):
    assert run.exit_code == 1
    assert run.lines[0] == "Traceback (most recent call last):"
    # Raised by the check that only lets it pickle while spawning.
    assert "in assert_spawning" in run.output
    assert check_notes(run, run.lines)[-1] == (
        f"RuntimeError: {kind} objects should only be shared between "
        "processes through inheritance")
    assert run.output.count("Traceback") == 1
    assert "[0, 1, 4]" not in run.output


@checks("pitfalls_pickling/queue_argument.py")
def test_queue_argument(run):
    refused_by_pool(run, "Queue")


@checks("pitfalls_pickling/manager_queue.py")
def test_manager_queue(run):
    assert run.lines == ["[0, 1, 4]"]


@checks("pitfalls_pickling/lock_argument.py")
def test_lock_argument(run):
    refused_by_pool(run, "Lock")


@checks("pitfalls_pickling/lock_initializer.py")
def test_lock_initializer(run):
    assert run.lines == ["[0, 1, 4]"]


@checks("pitfalls_pickling/connection_pickling.py")
def test_connection_pickling(run):
    assert run.lines == [
        "reducer: multiprocessing.reduction True",
        "pickler: ForkingPickler",
        "received: hello from child",
        "child exitcode: 0",
    ]
