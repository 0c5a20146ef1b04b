import re

from snippet_checks import checks
from tools.building.render import minor

LAMBDA = (r"Can't pickle <function <lambda> at 0x[0-9a-fA-F]+>: "
          r"attribute lookup <lambda> on __main__ failed")


def local_object(python):
    # 3.13 words the same AttributeError differently.
    verb = "get" if minor(python) >= (3, 13) else "pickle"
    return f"Can't {verb} local object"


def failed_in_parent(run, last_line):
    """A traceback raised by the task handler thread of the parent,
    re-raised by map()/starmap(); nothing printed before or after."""
    assert run.exit_code == 1
    assert run.lines[0] == "Traceback (most recent call last):"
    assert "in _handle_tasks" in run.output
    assert run.output.count("Traceback") == 1
    assert re.fullmatch(last_line, run.lines[-1]), run.lines[-1]


@checks("pitfalls_pickling/what_pickles.py")
def test_what_pickles(run):
    local = local_object(run.python)
    file = ("cannot pickle 'TextIOWrapper' instances"
            if minor(run.python) >= (3, 12)
            else "cannot pickle '_io.TextIOWrapper' object")
    assert run.lines == [
        f"closure: AttributeError: {local} 'make_adder.<locals>.<lambda>'",
        f"local function: AttributeError: {local} "
        "'make_local.<locals>.local'",
        "bound method: TypeError: cannot pickle '_thread.lock' object",
        "threading.Lock: TypeError: cannot pickle '_thread.lock' object",
        f"open file: TypeError: {file}",
        "generator: TypeError: cannot pickle 'generator' object",
        "module-level def: pickled fine",
    ]


@checks("pitfalls_pickling/lambda_map.py")
def test_lambda_map(run):
    failed_in_parent(run, rf"_pickle\.PicklingError: {LAMBDA}")
    assert "pool.map(lambda x: 2 * x, [1, 2, 3])" in run.output


@checks("pitfalls_pickling/local_function.py")
def test_local_function(run):
    failed_in_parent(
        run, f"AttributeError: {local_object(run.python)} "
             r"'main\.<locals>\.shift'")
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
    assert run.lines[-1] == (
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
