import re

from pickle_messages import check_notes
from snippet_checks import TRACEBACK, checks, version
from tools.building.render import minor

DASHES = "-" * 75
REMOTE = "multiprocessing.managers.RemoteError: "


def _remote(run, message):
    """The run ends in a RemoteError whose text holds the server's
    traceback, which ends in `message`; returns the lines between the
    dashes."""
    assert run.exit_code == 1
    lines = run.lines
    assert lines[-1] == DASHES, lines[-1]
    start = lines.index(REMOTE)
    assert lines[start + 1] == DASHES
    inside = lines[start + 2:-1]
    assert message in inside, run.output
    return inside


def _last(run, line):
    assert run.exit_code == 1
    assert run.lines[-1] == line, run.lines[-1]


@checks("errors_shared/unserializable.py")
def test_unserializable(run):
    inside = _remote(run, "TypeError: cannot pickle 'generator' object")
    assert inside[0] == "Unserializable message: " + TRACEBACK
    assert inside[-1] == ""  # the message ends in a newline
    body = check_notes(run, inside[:-1])
    assert body[-1] == "TypeError: cannot pickle 'generator' object"
    assert "in serve_client" in run.output
    assert run.output.count(TRACEBACK) == 2


@checks("errors_shared/not_exposed.py")
def test_not_exposed(run):
    assert run.lines[0] == TRACEBACK
    # spawn and forkserver run the script as __mp_main__ in the server.
    module = "__main__" if run.method == "fork" else "__mp_main__"
    inside = _remote(
        run, f"AttributeError: method 'value' of <class '{module}."
        "Counter'> object is not in exposed={'increment'}")
    assert "During handling of the above exception, another exception "\
        "occurred:" in inside
    assert inside[-1] == "KeyError: 'value'"


@checks("errors_shared/without_callable.py")
def test_without_callable(run):
    inside = _remote(run, "ValueError: Without callable, must have one "
                     "non-keyword argument")
    assert inside[-1].startswith("ValueError: Without callable")
    assert "in create" in run.output


@checks("errors_shared/without_callable_fixed.py")
def test_without_callable_fixed(run):
    assert run.lines == ["got back: job 1"]


@checks("errors_shared/method_to_typeid_type.py")
def test_method_to_typeid_type(run):
    inside = _remote(run, "TypeError: Method_to_typeid {'child': 'Node'}: "
                     "type <class 'collections.UserDict'>, not dict")
    assert inside[-1].startswith("TypeError: Method_to_typeid")


@checks("errors_shared/not_a_string.py")
def test_not_a_string(run):
    _last(run, "AssertionError: <class '__main__.Tree'> is not a string")
    assert run.lines[0] == TRACEBACK
    assert "in register" in run.output


@checks("errors_shared/not_a_string_fixed.py")
def test_not_a_string_fixed(run):
    assert run.lines == ["AutoProxy[Node] 2"]


@checks("errors_shared/already_started.py")
def test_already_started(run):
    assert run.lines[:2] == ["start(): ProcessError: Already started server",
                             TRACEBACK]
    _last(run, "multiprocessing.context.ProcessError: Already started "
          "SharedMemoryServer")
    assert run.output.count(TRACEBACK) == 1


@checks("errors_shared/shut_down.py")
def test_shut_down(run):
    assert run.lines[:3] == [
        "first block: 16 bytes",
        "get_server(): ProcessError: SharedMemoryManager has shut down",
        TRACEBACK]
    assert "in __enter__" in run.output
    _last(run, "multiprocessing.context.ProcessError: Manager has shut down")


@checks("errors_shared/shut_down_fixed.py")
def test_shut_down_fixed(run):
    assert run.lines == ["block: 16 bytes", "block: 32 bytes",
                         "list: ['later']"]


@checks("errors_shared/not_started.py")
def test_not_started(run):
    assert run.lines[:2] == [
        "never started: AssertionError: server not yet started", TRACEBACK]
    assert "in _create" in run.output
    _last(run, "AssertionError: server not yet started")


@checks("errors_shared/unable_to_start.py")
def test_unable_to_start(run):
    assert run.lines[:2] == ["starting the manager", TRACEBACK]
    _last(run, "multiprocessing.context.ProcessError: Unable to start "
          "server")


DIED = (r"\S+/multiprocessing/resource_tracker\.py:\d+: UserWarning: "
        r"resource_tracker: process died unexpectedly, relaunching\.  "
        r"Some resources might leak\.")


@checks("errors_shared/tracker_died.py")
def test_tracker_died(run):
    lines = run.lines
    assert lines[0] == "tracker killed"
    assert re.fullmatch(DIED, lines[1]), lines[1]
    assert lines[2].strip().startswith("warnings.warn(")
    assert lines[3] == "second block created"
    # The new tracker is told to forget blocks it never heard of: the
    # first one (registered with the dead tracker) and, from 3.13.7, the
    # second, whose registration found the tracker dead and was dropped.
    missed = 2 if version(run) >= (3, 13, 7) else 1
    errors = [line for line in lines if line.startswith("KeyError: ")]
    assert len(errors) == missed, run.output
    assert all(re.fullmatch(r"KeyError: '/psm_\w+'", e) for e in errors)
    assert len(set(errors)) == missed
    assert run.output.count(TRACEBACK) == missed
    assert run.output.count("cache[rtype].remove(name)") == missed


@checks("errors_shared/tracker_unlink_failed.py")
def test_tracker_unlink_failed(run):
    lines = run.lines
    assert lines[:2] == ["reader read b'hello'",
                         "the reader's tracker, at its exit:"]
    assert len(lines) == 6, run.output
    leaked = (r"\S+/multiprocessing/resource_tracker\.py:\d+: UserWarning: "
              r"resource_tracker: There appear to be 1 leaked "
              r"shared_memory objects to clean up at shutdown")
    if minor(run.python) >= (3, 13):
        leaked += r": \{'(/psm_\w+)'\}"
    assert re.fullmatch(leaked, lines[2]), lines[2]
    failed = re.fullmatch(
        r"\S+/multiprocessing/resource_tracker\.py:\d+: UserWarning: "
        r"resource_tracker: '(/psm_\w+)': \[Errno 2\] No such file or "
        r"directory: '(/psm_\w+)'", lines[4])
    assert failed, lines[4]
    assert failed.group(1) == failed.group(2)
    assert lines[5].strip() == (
        "warnings.warn('resource_tracker: %r: %s' % (name, e))")


@checks("errors_shared/shm_size.py")
def test_shm_size(run):
    assert run.lines[:2] == [
        "size=0: ValueError: 'size' must be a positive number different "
        "from zero", TRACEBACK]
    _last(run, "ValueError: 'size' must be a positive integer")


@checks("errors_shared/shm_name.py")
def test_shm_name(run):
    assert run.lines[0] == TRACEBACK
    _last(run, "ValueError: 'name' can only be None if create=True")


@checks("errors_shared/list_index.py")
def test_list_index(run):
    lines = run.lines
    assert lines[:2] == ["IndexError: assignment index out of range",
                         TRACEBACK]
    # The read's traceback shows the inner error it replaced.
    assert "IndexError: Requested position out of range." in lines
    assert ("During handling of the above exception, another exception "
            "occurred:") in lines
    _last(run, "IndexError: index out of range")
    assert run.output.count(TRACEBACK) == 2


@checks("errors_shared/list_not_in.py")
def test_list_not_in(run):
    if minor(run.python) >= (3, 14):
        message = "ShareableList.index(x): x not in list"
    else:
        message = "'fig' not in this container"
    assert run.lines == [f"ValueError: {message}", "False 1"]


@checks("errors_shared/value_lock.py")
def test_value_lock(run):
    assert run.exit_code == 1
    assert run.lines[:2] == ["lock=0: AttributeError: 0 has no method "
                             "'acquire'", TRACEBACK]
    assert re.fullmatch(
        r"AttributeError: <bound method BaseContext\.Lock of "
        r"<multiprocessing\.context\.DefaultContext object at "
        r"0x[0-9a-f]+>> has no method 'acquire'", run.lines[-1]), \
        run.lines[-1]
    assert "sharedctypes.py" in run.output


@checks("errors_shared/already_synchronized.py")
def test_already_synchronized(run):
    assert run.lines[:2] == ["Synchronized 0", TRACEBACK]
    _last(run, "AssertionError: object already synchronized")


@checks("errors_shared/bad_typecode.py")
def test_bad_typecode(run):
    assert run.exit_code == 1
    if minor(run.python) >= (3, 15):
        # The old message first, then the new one it caused.
        assert run.lines[-1] == (
            "TypeError: bad typecode (must be a ctypes type or one of c, "
            "b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        assert "TypeError: this type has no size" in run.lines
        assert ("The above exception was the direct cause of the "
                "following exception:") in run.lines
        assert run.output.count(TRACEBACK) == 2
    else:
        assert run.lines[-1] == "TypeError: this type has no size"
        assert run.output.count(TRACEBACK) == 1


@checks("errors_shared/fork_semlock.py")
def test_fork_semlock(run):
    if minor(run.python) >= (3, 11):
        assert run.lines == [
            "RuntimeError: A SemLock created in a fork context is being "
            "shared with a process in a spawn context. This is not "
            "supported. Please use the same context to create "
            "multiprocessing objects and Process."]
    else:
        # Nothing refused it: the child got a pointer into the parent's
        # memory and died of SIGSEGV when it used the lock.
        assert run.lines == ["the child's exit code: -11"]


@checks("errors_shared/fork_semlock_fixed.py")
def test_fork_semlock_fixed(run):
    assert run.lines == ["from the child: hello"]


FORK_AWARE = ("AttributeError: 'ForkAwareLocal' object has no attribute "
              "'connection'")
DURING = ("During handling of the above exception, another exception "
          "occurred:")


@checks("errors_shared/proxy_after_shutdown.py")
def test_proxy_after_shutdown(run):
    lines = run.lines
    assert lines[-1] == "the worker's exit code: 1"
    assert re.fullmatch(r"Process \w*Process-\d+:", lines[0]), lines[0]
    assert lines[1] == TRACEBACK
    # The first call in a process connects; the socket file has gone.
    assert lines.index(FORK_AWARE) < lines.index(DURING)
    assert "in _connect" in run.output
    assert lines[-2] == "FileNotFoundError: [Errno 2] No such file or " \
                        "directory"
    assert run.output.count(TRACEBACK) == 2


@checks("errors_shared/proxy_after_shutdown_fixed.py")
def test_proxy_after_shutdown_fixed(run):
    assert run.lines == ["counts: {'done': 3}", "exit codes: [0, 0, 0]"]


@checks("errors_shared/manager_died.py")
def test_manager_died(run):
    assert run.exit_code == 1
    lines = run.lines
    # The worker's open connection: the end of input, then a pipe broken
    # for good, on every later call.
    assert lines[:4] == ["worker reads: idle", "worker: EOFError: ",
                         "worker: BrokenPipeError: [Errno 32] Broken pipe",
                         "worker: BrokenPipeError: [Errno 32] Broken pipe"]
    # The parent's first call connects, and nothing listens any more.
    assert lines[4] == TRACEBACK
    assert FORK_AWARE in lines and DURING in lines
    assert '    print("parent reads:", state["mode"])' in lines
    assert lines[-1] == "ConnectionRefusedError: [Errno 111] Connection " \
                        "refused"


SERVER = "[INFO/SyncManager-1] "


@checks("errors_shared/failure_to_send.py")
def test_failure_to_send(run):
    lines = run.lines
    # Every line is a record of the manager's process, printed by the
    # parent; first where it serves (a new temporary name each run).
    assert all(line.startswith(SERVER) for line in lines), run.output
    probe, request, exception = lines[-3:]
    # The client that left before the handshake: the traceback the server
    # meant to send, as one line.
    assert probe.startswith(SERVER + "Failure to send message: "
                            "('#TRACEBACK', 'Traceback (most recent call "
                            "last):\\n"), probe
    assert "handle_request\\n" in probe
    assert "connection.deliver_challenge(c, self.authkey)" in probe
    assert re.search(r"\\n(BrokenPipeError: \[Errno 32\] Broken pipe"
                     r"|ConnectionResetError: \[Errno 104\] Connection "
                     r"reset by peer|EOFError)\\n'\)$", probe), probe
    assert request == SERVER + " ... request was None"
    assert exception == SERVER + " ... exception was BrokenPipeError(32, " \
                                 "'Broken pipe')"
    assert sum("Failure to send message" in line for line in lines) == 1
