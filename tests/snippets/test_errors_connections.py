import re

from snippet_checks import TRACEBACK, checks, ends_in_one_traceback
from tools.building.render import minor

QUEUE = r"<multiprocessing\.queues\.Queue object at 0x[0-9a-f]+>"


@checks("errors_connections/unknown_family.py")
def test_unknown_family(run):
    ends_in_one_traceback(run, "ValueError: unrecognized family")
    assert run.lines[0] == TRACEBACK
    assert "in arbitrary_address" in run.output


@checks("errors_connections/pipe_family.py")
def test_pipe_family(run):
    ends_in_one_traceback(run, "ValueError: Family AF_PIPE is not recognized.")
    assert run.lines[0] == TRACEBACK
    assert "in _validate_family" in run.output


@checks("errors_connections/bad_handle.py")
def test_bad_handle(run):
    ends_in_one_traceback(run, "ValueError: at least one of `readable` and "
                        "`writable` must be True")
    assert run.lines[:3] == ["fileno() of a closed socket: -1",
                             "ValueError('invalid handle')",
                             TRACEBACK]


@checks("errors_connections/write_only.py")
def test_write_only(run):
    assert run.exit_code == 1
    lines = run.lines
    # The child fails first (the parent joins it), then the parent.
    assert lines[:2] == ["Process Process-1:", TRACEBACK]
    first = lines.index("OSError: connection is read-only")
    assert lines[first + 1:first + 3] == ["child's exit code: 1",
                                          TRACEBACK]
    assert lines[-1] == "OSError: connection is write-only"
    assert run.output.count(TRACEBACK) == 2


@checks("errors_connections/send_bytes_args.py")
def test_send_bytes_args(run):
    assert run.lines == [
        "send_bytes(data, 2, 5) sent b'23456'",
        "send_bytes(data, -4, None): ValueError('offset is negative')",
        "send_bytes(data, 12, None): ValueError('buffer length < offset')",
        "send_bytes(data, 2, -1): ValueError('size is negative')",
        "send_bytes(data, 2, 10): "
        "ValueError('buffer length < offset + size')",
        "nothing was sent: False",
    ]


@checks("errors_connections/recv_bytes_args.py")
def test_recv_bytes_args(run):
    assert run.lines == [
        "recv_bytes(-1): ValueError('negative maxlength')",
        "recv_bytes_into(buffer, -1): ValueError('negative offset')",
        "recv_bytes_into(buffer, 9): ValueError('offset too large')",
        "recv_bytes_into(buffer, 3): 5 bytearray(b'\\x00\\x00\\x00hello')",
    ]


@checks("errors_connections/end_of_file.py")
def test_end_of_file(run):
    ends_in_one_traceback(run, "OSError: got end of file during message")
    assert run.lines[:2] == [
        "the length header b'GET ' announces 1195725856", TRACEBACK]
    assert "in _recv" in run.output


@checks("errors_connections/authkey_str.py")
def test_authkey_str(run):
    ends_in_one_traceback(run, "TypeError: authkey should be a byte string")
    assert run.lines[0] == TRACEBACK  # refused before it listens


@checks("errors_connections/listener_closed.py")
def test_listener_closed(run):
    ends_in_one_traceback(run, "OSError: listener is closed")
    # The closed listener dropped its socket: its address went too.
    assert run.lines[:2] == [
        "address: AttributeError(\"'NoneType' object has no attribute "
        "'_address'\")", TRACEBACK]
    assert "in accept" in run.output


@checks("errors_connections/join_thread_open.py")
def test_join_thread_open(run):
    assert run.exit_code == 0  # the child failed, not the parent
    lines = run.lines
    assert lines[:2] == ["Process Process-1:", TRACEBACK]
    assert re.fullmatch(rf"AssertionError: Queue {QUEUE} not closed",
                        lines[-3]), lines[-3]
    # The items were put before the assertion: they still arrive.
    assert lines[-2:] == ["results: [1, 4, 9]", "child's exit code: 1"]
    assert run.output.count(TRACEBACK) == 1


@checks("errors_connections/join_thread_open_fixed.py")
def test_join_thread_open_fixed(run):
    assert run.lines == ["results: [1, 4, 9]", "child's exit code: 0"]


@checks("errors_connections/ran_out_of_input.py")
def test_ran_out_of_input(run):
    assert run.exit_code == 1
    lines = run.lines
    assert lines[:2] == ["Process Process-1:", TRACEBACK]
    # The child's traceback, then the parent's.
    assert run.output.count(TRACEBACK) == 2
    failed = lines.index("ZeroDivisionError: division by zero")
    assert lines[failed + 1] == TRACEBACK
    assert lines[-1] == "EOFError: Ran out of input"


@checks("errors_connections/ran_out_of_input_fixed.py")
def test_ran_out_of_input_fixed(run):
    lines = run.lines
    assert lines[:2] == ["Process Process-1:", TRACEBACK]
    assert run.output.count(TRACEBACK) == 1
    assert lines[-3:] == ["ZeroDivisionError: division by zero",
                          "task 0: exit code 1",
                          "task 1: [1.0, 0.5, 0.3333333333333333]"]


@checks("errors_connections/deep_pickle.py")
def test_deep_pickle(run):
    lines = run.lines
    # How long a chain pickles: the recursion limit up to 3.11, the C
    # recursion limit on 3.12 and 3.13, the thread's stack from 3.14.
    if minor(run.python) >= (3, 14):
        sent = 3
    elif minor(run.python) == (3, 13):
        sent = 2
    else:
        sent = 1
    lengths = ["500", "5,000", "20,000", "100,000"]
    assert lines[:4] == [
        f"a chain of {length}: " + ("sent" if n < sent else "RecursionError")
        for n, length in enumerate(lengths)]
    assert len(lines) == 6, lines
    if minor(run.python) >= (3, 14):
        assert re.fullmatch(r"RecursionError: Stack overflow \(used \d+ kB\)"
                            r" while pickling an object", lines[4]), lines[4]
        # One note per level pickled: far too many for a traceback.
        match = re.fullmatch(r"(\d+) notes, the first: "
                             r"\['when serializing tuple item 1'\]",
                             lines[5])
        assert match and int(match[1]) > 20_000, lines[5]
    else:
        assert lines[4:] == [
            "RecursionError: maximum recursion depth exceeded while "
            "pickling an object",
            "0 notes, the first: []"]


@checks("errors_connections/deep_pickle_fixed.py")
def test_deep_pickle_fixed(run):
    assert run.lines == ["child: 100000 values, sum 4999950000"]
