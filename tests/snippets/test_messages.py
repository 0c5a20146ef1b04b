import re

from snippet_checks import checks


def _seconds(run, label):
    match = re.search(rf"^{re.escape(label)} gave up after ([\d.]+) s$",
                      run.output, re.M)
    assert match, f"no timing for {label!r}"
    return float(match[1])


@checks("messages/queue_put_get.py")
def test_queue_put_get(run):
    assert run.lines == [
        "got (2, 4)",
        "got (3, 9)",
        "got (4, 16)",
        "child exitcode: 0",
    ]


@checks("messages/queue_timeouts.py")
def test_queue_timeouts(run):
    assert [line for line in run.lines if "gave up" not in line] == [
        "full(): True",
        "put_nowait on a full queue: queue.Full",
        "get: a b",
        "get_nowait on an empty queue: queue.Empty",
    ]
    # A timeout of 0.2 s waits at least about that long (printed to two
    # decimals); an upper bound would only measure the machine's load.
    assert _seconds(run, "put(timeout=0.2)") >= 0.19
    assert _seconds(run, "get(timeout=0.2)") >= 0.19
    assert len(run.lines) == 6


@checks("messages/queue_close.py")
def test_queue_close(run):
    assert run.lines[:2] == [
        "child flushed its queue: True",
        "got: [0, 1, 2]",
    ]
    assert re.fullmatch(
        r"put\(\) after close\(\): Queue <multiprocessing\.queues\.Queue "
        r"object at 0x[0-9a-f]+> is closed", run.lines[2])
    assert run.lines[3:] == ["get_nowait() after close(): ValueError too"]


@checks("messages/simple_queue.py")
def test_simple_queue(run):
    assert run.lines == [
        "empty() at first: True",
        "empty() after put(): False",  # no feeder thread in between
        "got: HELLO",
        "empty() after the child's get(): True",
        "get() after close(): OSError handle is closed",
    ]


@checks("messages/joinable_queue.py")
def test_joinable_queue(run):
    assert run.lines == [
        "all tasks done: [0, 1, 4, 9, 16, 25]",
        "exit codes: [0, 0]",
        "one task_done() too many: task_done() called too many times",
    ]


@checks("messages/feeder_thread.py")
def test_feeder_thread(run):
    assert run.lines == [
        "threads before put(): ['MainThread']",
        "threads after put():  ['MainThread', 'QueueFeederThread']",
        "qsize(): 1 (counts the put)",
        "empty(): True (nothing in the pipe yet)",
        "get(): the item",
        "empty(): True",
    ]


@checks("messages/unpicklable_put.py")
def test_unpicklable_put(run):
    # The feeder thread's traceback comes first, from inside _feed...
    assert run.lines[0] == "Traceback (most recent call last):"
    assert "in _feed" in run.output
    error = "TypeError: cannot pickle '_thread.lock' object"
    assert run.lines.index(error) < run.lines.index("get(): next item")
    # ...and the program goes on: put() raised nothing.
    assert run.lines[-2:] == [
        "get(): next item",
        "the lock never arrives: queue.Empty",
    ]
    assert run.output.count("Traceback") == 1


@checks("messages/cancel_join_thread.py")
def test_cancel_join_thread(run):
    assert run.lines == [
        "child alive: False | exitcode: 0",
        "the child exited; nobody ever read its 1 MB",
    ]


@checks("messages/join_before_drain.py")
def test_join_before_drain(run):
    assert run.lines == [
        "child's put() returned: True",
        "after join(timeout=1), child alive: True",
        "deadlock: it waits for us to read, we wait for it to end",
        "got 1,000,000 bytes; child exitcode: 0",
    ]


@checks("messages/poison_pills.py")
def test_poison_pills(run):
    assert run.lines == [
        f"cubes: {[n ** 3 for n in range(10)]}",
        "exit codes: [0, 0, 0]",
    ]


@checks("messages/pill_identity.py")
def test_pill_identity(run):
    rows = [re.fullmatch(r"(\w+) +is: (True|False) +==: (True|False)", line)
            for line in run.lines]
    assert all(rows) and len(rows) == 3, run.lines
    found = {r[1]: (r[2], r[3]) for r in rows}
    assert found["object"] == ("False", "False")  # a new object arrives
    assert found["NoneType"] == ("True", "True")  # None is a singleton
    assert found["str"][1] == "True"  # compare strings with ==


@checks("messages/one_pill_short.py")
def test_one_pill_short(run):
    assert run.lines == [
        "workers ended: 1",
        "ended within 1 more second: 0",  # two wait for pills forever
        "exit codes: [0, 0, 0]",
    ]


@checks("messages/pipe_send_recv.py")
def test_pipe_send_recv(run):
    assert run.lines == [
        "reply: {'echo': ['a', 'list', 'of', 'words'], 'length': 4}",
        "closed: True",
    ]


@checks("messages/pipe_bytes.py")
def test_pipe_bytes(run):
    assert run.lines == [
        "recv_bytes(): b'0123456789'",
        "recv_bytes(): b'234'",
        "recv_bytes_into: 5 bytes -> b'hello\\x00\\x00\\x00'",
        "BufferTooShort, message was: b'a longer message'",
        "a ProcessError too: True",
        "recv_bytes(maxlength=10): bad message length",
        "reader closed after that: True",  # a read-only end is closed
    ]


@checks("messages/pipe_one_way.py")
def test_pipe_one_way(run):
    assert run.lines == [
        "reader: readable=True writable=False",
        "writer: readable=False writable=True",
        "fileno() is an int",
        "send() on the reader: connection is read-only",
        "poll(0.1) with nothing sent: False",
        "writer closed: True",
        "poll(30): True",
        "recv(): 0",
        "recv(): 1",
        "recv(): 2",
        "EOFError: the child closed its end, nothing left",
        "poll() at end of input: True",
    ]


@checks("messages/wait_pipes_sentinels.py")
def test_wait_pipes_sentinels(run):
    assert run.lines == [
        "before any child starts, wait(timeout=0.1) -> []",
        "results: {1: 1, 2: 4}",  # worker 3 exited before sending
        "exit codes: [('worker-1', 0), ('worker-2', 0), ('worker-3', 3)]",
    ]


@checks("messages/listener_client.py")
def test_listener_client(run):
    assert run.lines == [
        "listening on 127.0.0.1 port > 0: True",
        "server: client from 127.0.0.1",
        "client: the server says 6",
    ]


@checks("messages/auth_error.py")
def test_auth_error(run):
    assert run.lines == [
        "client: AuthenticationError - digest sent was rejected",
        "server thread finished: True",
        "server: AuthenticationError - digest received was wrong",
        "a ProcessError too: True",
    ]


@checks("messages/small_item_join.py")
def test_small_item_join(run):
    # 100 bytes fit in the pipe, so the child can exit unread.
    assert run.lines == [
        "after join(), child alive: False",
        "got 100 bytes; child exitcode: 0",
    ]
