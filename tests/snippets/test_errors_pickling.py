import re

from pickle_messages import check_notes, local_error
from snippet_checks import TRACEBACK, checks, ends_in_one_traceback
from tools.building.render import minor

RECURSION = "RecursionError: maximum recursion depth exceeded"
PROMPT = "results exists: overwrite it? [y/n] "


@checks("errors_pickling/getattr_recursion.py")
def test_getattr_recursion(run):
    lines = run.lines
    # The parent pickles the Wrapper without trouble; the child's
    # unpickling recurses through __getattr__ until the limit.
    assert lines[:2] == ["Process Process-1:", TRACEBACK]
    assert run.output.count(TRACEBACK) == 1
    assert lines[-2:] == [RECURSION, "child's exit code: 1"]
    assert "return _ForkingPickler.loads(res)" in run.output
    assert run.output.count("in __getattr__") >= 3
    assert re.search(r"\[Previous line repeated \d+ more times\]",
                     run.output)
    assert "the child got" not in run.output


@checks("errors_pickling/getattr_recursion_fixed.py")
def test_getattr_recursion_fixed(run):
    assert run.lines == ["the child got 3.5", "child's exit code: 0"]


@checks("errors_pickling/input_in_child.py")
def test_input_in_child(run):
    lines = run.lines
    # The prompt is written, then input() meets end of file at once.
    assert lines[0] == PROMPT + "Process Process-1:"
    assert lines[1] == TRACEBACK
    assert run.output.count(TRACEBACK) == 1
    assert lines[-2:] == ["EOFError: EOF when reading a line",
                          "child's exit code: 1"]
    assert "the child read" not in run.output


@checks("errors_pickling/input_in_child_fixed.py")
def test_input_in_child_fixed(run):
    # The runs have no terminal: the parent's input() reads end of file.
    assert run.lines == [PROMPT + "(end of input: no)",
                         "the child: overwrite results? False",
                         "child's exit code: 0"]


@checks("errors_pickling/exec_as_main.py")
def test_exec_as_main(run):
    address = r"<function square at 0x[0-9a-f]+>"
    body = check_notes(run, run.lines)
    if minor(run.python) >= (3, 14):
        # pickle's failed lookup comes first, as the error's context
        assert body[0] == ("AttributeError: module '__main__' has no "
                           "attribute 'square'")
        reason = r"it's not found as __main__\.square"
    else:
        assert body[0] == TRACEBACK
        reason = r"attribute lookup square on __main__ failed"
    assert run.exit_code == 1
    assert run.output.count(TRACEBACK) == 1
    assert re.fullmatch(
        rf"_pickle\.PicklingError: Can't pickle {address}: {reason}",
        body[-1]), body[-1]
    assert "[0, 1, 4, 9, 16]" not in run.output


@checks("errors_pickling/guarded_function.py")
def test_guarded_function(run):
    if minor(run.python) >= (3, 14):
        missing = ("AttributeError: module '__mp_main__' has no "
                   "attribute 'measure'")
    else:
        missing = ("AttributeError: Can't get attribute 'measure' on "
                   "<module '__mp_main__' from '…/guarded_function.py'>")
    lines = run.lines
    assert lines[0] == TRACEBACK
    assert run.output.count(TRACEBACK) == 1
    assert "in spawn_main" in run.output
    assert lines[-2:] == [missing, "child's exit code: 1"]
    assert "measuring" not in run.output


@checks("errors_pickling/library_closure.py")
def test_library_closure(run):
    lines = check_notes(run, run.lines)
    assert lines[:2] == ["pool.map(model, ...): [0, 1, 4, 9]", TRACEBACK]
    assert run.exit_code == 1
    assert run.output.count(TRACEBACK) == 1
    last = lines[-1]
    if last.startswith("_pickle."):
        last = last[len("_pickle."):]
    assert re.fullmatch(local_error(run, "run_parallel.<locals>.timed"),
                        last), last
    # the traceback quotes that line; no output line gives a result
    assert not any(line.startswith("run_parallel(") for line in lines)


@checks("errors_pickling/by_value.py")
def test_by_value(run):
    assert len(run.lines) == 2
    assert re.fullmatch(r"pickle, by name: \d+ bytes", run.lines[0])
    assert run.lines[1] == (
        "cloudpickle: RuntimeError: SimpleQueue objects should only be "
        "shared between processes through inheritance")


@checks("errors_pickling/ray_value.py")
def test_ray_value(run):
    refused = ("RuntimeError: Synchronized objects should only be shared "
               "between processes through inheritance")
    counted = "the actor counted: [1, 2, 3, 4]"
    # Ray 2.51 (on 3.9) may add a FutureWarning about accelerators.
    lines = [line for line in run.lines
             if "FutureWarning" not in line and "warnings.warn" not in line]
    assert lines == [refused, counted]
