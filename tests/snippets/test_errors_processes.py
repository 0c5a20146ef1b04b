import re

from pickle_messages import check_notes
from snippet_checks import (TRACEBACK, checks, ends_in_one_traceback,
                            version)
from tools.building.render import minor



@checks("errors_processes/group_argument.py")
def test_group_argument(run):
    assert run.lines[0] == TRACEBACK
    ends_in_one_traceback(run, "AssertionError: group argument must be None for now")


@checks("errors_processes/start_twice.py")
def test_start_twice(run):
    assert run.lines[:3] == ["downloading https://example.org",
                             "exit code 1 - trying again",
                             TRACEBACK]
    ends_in_one_traceback(run, "AssertionError: cannot start a process twice")


@checks("errors_processes/start_twice_fixed.py")
def test_start_twice_fixed(run):
    assert run.lines == ["attempt 1 downloading https://example.org",
                         "exit code 1",
                         "attempt 2 downloading https://example.org",
                         "exit code 0"]


@checks("errors_processes/join_unstarted.py")
def test_join_unstarted(run):
    # Nothing started: no worker printed a square.
    assert run.lines[0] == TRACEBACK
    ends_in_one_traceback(run, "AssertionError: can only join a started process")


@checks("errors_processes/not_my_child.py")
def test_not_my_child(run):
    assert run.exit_code == 0
    assert run.lines == [
        "supervisor, is_alive(): can only test a child process",
        "supervisor, join(): can only join a child process",
        "supervisor, start(): can only start a process object created "
        "by current process",
        "worker ran",
        "worker exit code: 0",
    ]


@checks("errors_processes/not_my_child_fixed.py")
def test_not_my_child_fixed(run):
    # The workers end in any order.
    assert sorted(run.lines) == [
        f"Process-{n + 1} ended, exit code {n}" for n in range(3)]


@checks("errors_processes/sentinel_unstarted.py")
def test_sentinel_unstarted(run):
    # It fails before any worker starts.
    assert run.lines[0] == TRACEBACK
    ends_in_one_traceback(run, "ValueError: process not started")


@checks("errors_processes/daemon_after_start.py")
def test_daemon_after_start(run):
    assert run.lines[0] == TRACEBACK
    ends_in_one_traceback(run, "AssertionError: process has already started")


@checks("errors_processes/name_not_string.py")
def test_name_not_string(run):
    # Process() takes a name that is not a string without a word.
    assert run.lines[:2] == ["name given to Process(): 1", TRACEBACK]
    ends_in_one_traceback(run, "AssertionError: name must be a string")


@checks("errors_processes/authkey_pickle.py")
def test_authkey_pickle(run):
    assert run.lines[0] == TRACEBACK
    assert "in _handle_tasks" in run.output  # the pool's task thread
    lines = check_notes(run, run.lines)
    assert lines[-1] == ("TypeError: Pickling an AuthenticationString "
                         "object is disallowed for security reasons")
    assert run.exit_code == 1
    assert run.output.count(TRACEBACK) == 1


@checks("errors_processes/authkey_pickle_fixed.py")
def test_authkey_pickle_fixed(run):
    assert run.lines == ["the worker has the parent's key: True"]


@checks("errors_processes/context_name.py")
def test_context_name(run):
    methods = ["fork", "spawn", "forkserver"]
    if minor(run.python) >= (3, 14):  # the default comes first
        methods = ["forkserver", "fork", "spawn"]
    assert run.lines[:2] == [f"start methods: {methods}", TRACEBACK]
    ends_in_one_traceback(run, "ValueError: cannot find context for 'Spawn'")


@checks("errors_processes/concrete_context.py")
def test_concrete_context(run):
    assert run.lines[0] == TRACEBACK
    ends_in_one_traceback(run, "ValueError: cannot set start method of "
                    "concrete context")


@checks("errors_processes/preload_names.py")
def test_preload_names(run):
    if minor(run.python) >= (3, 11):
        assert run.lines[0] == TRACEBACK
        ends_in_one_traceback(run, "TypeError: module_names must be a list of strings")
        return
    # 3.9 and 3.10 check the previous list (gh-107963): the bad one is
    # taken, and the fork server, given the module's repr in its command
    # line, dies of a SyntaxError before it serves the child.
    assert run.exit_code == 1
    assert run.lines[0] == "preload list accepted"
    assert "SyntaxError: invalid syntax" in run.lines
    assert re.search(r"\['json', <module 'decimal' from '[^']+'>\]",
                     run.output)
    assert "the child runs" not in run.output
    assert re.fullmatch(r"EOFError: unexpected EOF|"
                        r"ConnectionRefusedError: .*", run.lines[-1]), \
        run.lines[-1]


@checks("errors_processes/preload_on_error.py")
def test_preload_on_error(run):
    assert run.lines[0] == TRACEBACK
    ends_in_one_traceback(run, "ValueError: on_error must be 'ignore', 'warn', or "
                    "'fail', not 'raise'")


@checks("errors_processes/preload_warning.py")
def test_preload_warning(run):
    assert run.exit_code == 0
    assert re.fullmatch(
        r"\S+/multiprocessing/forkserver\.py:\d+: ImportWarning: Failed "
        r"to preload module 'decimals': No module named 'decimals'",
        run.lines[0]), run.lines[0]
    # The warning's source line, then the child, which ran anyway.
    assert run.lines[1].strip().startswith("_handle_preload(")
    assert run.lines[2:] == ["the child runs", "exit code: 0"]


@checks("errors_processes/dummy_parent.py")
def test_dummy_parent(run):
    # An exception in a thread is printed; the program exits with 0.
    assert run.exit_code == 0
    launcher = "Thread-3" if minor(run.python) < (3, 10) \
        else r"Thread-3 \(launch\)"
    assert re.fullmatch(rf"Exception in thread {launcher}:",
                        run.lines[0]), run.lines[0]
    assert re.fullmatch(
        r"RuntimeError: Parent is <_MainThread\(MainThread, started "
        rf"\d+\)> but current_process is <Thread\({launcher}, started "
        r"\d+\)>", run.lines[-1]), run.lines[-1]
    assert "task 0" not in run.lines


@checks("errors_processes/initializer.py")
def test_initializer(run):
    assert run.lines[:2] == [
        "Pool: TypeError: initializer must be a callable", TRACEBACK]
    ends_in_one_traceback(run, "TypeError: initializer must be a callable")


@checks("errors_processes/initializer_fixed.py")
def test_initializer_fixed(run):
    assert run.lines == ["Pool: [10, 20, 30]", "executor: [10, 20, 30]"]


@checks("errors_processes/max_workers_zero.py")
def test_max_workers_zero(run):
    assert run.lines[0] == TRACEBACK
    ends_in_one_traceback(run, "ValueError: max_workers must be greater than 0")


@checks("errors_processes/chunksize_zero.py")
def test_chunksize_zero(run):
    # Pool.map takes chunksize=0 and returns no results at all.
    assert run.lines[:2] == ["Pool.map: [None, None, None, None, None, None]",
                             TRACEBACK]
    ends_in_one_traceback(run, "ValueError: chunksize must be >= 1.")


@checks("errors_processes/max_tasks_per_child.py")
def test_max_tasks_per_child(run):
    assert run.lines[:2] == [
        "TypeError: max_tasks_per_child must be an integer", TRACEBACK]
    ends_in_one_traceback(run, "ValueError: max_tasks_per_child must be >= 1")


@checks("errors_processes/address_type.py")
def test_address_type(run):
    assert run.lines[:2] == [
        "ValueError: address type of b'/tmp/app.sock' unrecognized",
        TRACEBACK]
    assert "in is_abstract_socket_namespace" in run.output
    ends_in_one_traceback(run, "TypeError: address type of ['127.0.0.1', 0] "
                    "unrecognized")


SQUARES = "[0, 1, 4, 9, 16]"
NO_SPEC = "AttributeError: module '__main__' has no attribute '__spec__'"
# pdb's session once the job has run: it restarts the job and stops at
# its first line, where the closed input (Ctrl-D) quits.
RESTART = ["> …/job.py(1)<module>()", "-> import multiprocessing as mp",
           "(Pdb) "]


def pdb_sets_spec(run) -> bool:
    """pdb gives a script's __main__ a __spec__ (None) from 3.11.9,
    3.12.3 and 3.13 (gh-87115)."""
    v = version(run)
    return v >= (3, 13) or (3, 12, 3) <= v < (3, 13) \
        or (3, 11, 9) <= v < (3, 12)


@checks("errors_processes/pdb_spec.py")
def test_pdb_spec(run):
    assert run.exit_code == 0
    if pdb_sets_spec(run):
        assert run.lines == [
            SQUARES, "The program finished and will be restarted", *RESTART]
        return
    # spawn asks for __main__.__spec__ before it starts the worker.
    assert run.lines[0] == TRACEBACK
    assert run.output.count(TRACEBACK) == 1
    assert "in get_preparation_data" in run.output
    error = run.lines.index(NO_SPEC)
    assert run.lines[error + 1:error + 3] == [
        "Uncaught exception. Entering post mortem debugging",
        "Running 'cont' or 'step' will restart the program"]
    assert run.lines[-4:] == [
        "Post mortem debugger finished. The …/job.py will be restarted",
        *RESTART]
    assert SQUARES not in run.lines


@checks("errors_processes/pdb_spec_fixed.py")
def test_pdb_spec_fixed(run):
    assert run.exit_code == 0
    assert run.lines == [
        SQUARES, "The program finished and will be restarted", *RESTART]


def atexit_header(run) -> str:
    """How an exception in an atexit callback is announced, per version."""
    function = r"<function close_pool at 0x[0-9a-f]+>"
    if minor(run.python) >= (3, 13):
        return rf"Exception ignored in atexit callback {function}:"
    if minor(run.python) >= (3, 10):
        return rf"Exception ignored in atexit callback: {function}"
    return r"Error in atexit\._run_exitfuncs:"


@checks("errors_processes/daemon_atexit.py")
def test_daemon_atexit(run):
    # The error is printed by the worker as it exits; the program goes on
    # and ends with 0.
    assert run.exit_code == 0
    assert run.lines[0] == SQUARES
    assert re.fullmatch(atexit_header(run), run.lines[1]), run.lines[1]
    assert run.lines[2] == TRACEBACK
    assert run.output.count(TRACEBACK) == 1
    assert run.lines[-2:] == [
        "AssertionError: daemonic processes are not allowed to have "
        "children", "pool closed"]


@checks("errors_processes/daemon_atexit_fixed.py")
def test_daemon_atexit_fixed(run):
    assert run.lines == [SQUARES, "pool closed"]
