import re

from pickle_messages import lambda_error
from snippet_checks import checks, version


@checks("process/hello.py")
def test_hello(run):
    assert len(run.lines) == 3
    parent = re.fullmatch(r"main process (\d+) starts a child", run.lines[0])
    child = re.fullmatch(r"worker 1 running in process (\d+)", run.lines[1])
    assert parent and child
    assert parent[1] != child[1]  # two different processes
    assert run.lines[2] == "child exited with code 0"


@checks("process/exit_codes.py")
def test_exit_codes(run):
    summary = [line for line in run.lines if ": exitcode" in line]
    assert summary == [
        "finishes: exitcode 0",
        "exits_with_3: exitcode 3",
        "raises: exitcode 1",
    ]
    # The child's traceback is printed, named after the process.
    assert "Process raises:" in run.output
    assert "ValueError: something went wrong in the child" in run.output


@checks("process/several.py")
def test_several(run):
    # Children print at the same time, so lines may come in any order.
    # A line can even tear if a child's stdout is unbuffered (-u or
    # PYTHONUNBUFFERED=1): print() then writes the text and the newline
    # in two write() calls. Line- or block-buffered, each child's one
    # short line here leaves in a single write() and stays whole.
    squares = re.findall(r"child-\d: \d² = \d+", run.output)
    assert sorted(squares) == [f"child-{n}: {n}² = {n * n}" for n in range(1, 5)]
    assert run.output.count("\n") == 5
    assert run.lines[-1] == "all children done: True"


@checks("process/lifecycle.py")
def test_lifecycle(run):
    pattern = (r"<Process name='waiter' (?:pid=(\d+) )?parent=(\d+) "
               r"(initial|started|stopped exitcode=0)> \| alive: (\w+)")
    rows = [re.fullmatch(pattern, line) for line in run.lines]
    assert all(rows), run.lines
    assert [(r[3], r[4]) for r in rows] == [
        ("initial", "False"),
        ("started", "True"),
        ("stopped exitcode=0", "False"),
    ]
    assert rows[0][1] is None  # no pid before start()
    assert rows[1][1] == rows[2][1]  # the same child throughout
    assert len({r[2] for r in rows}) == 1  # and the same parent


@checks("process/missing_main_guard.py")
def test_missing_main_guard(run):
    spawn_like = True
    if run.method == "fork":
        # The child is a copy of the parent: nothing is imported again.
        assert run.lines == ["worker ran", "exitcode: 0"]
        spawn_like = False
    elif run.method == "forkserver" and (3, 13, 8) <= version(run) < (3, 14):
        # From 3.13.8 the server preloads __main__ (gh-126631): it runs the
        # unguarded script itself, which starts a process of its own.
        assert sorted(run.lines) == ["exitcode: 0", "exitcode: 0",
                                     "worker ran", "worker ran"]
        spawn_like = False
    elif run.method == "forkserver" and (3, 14, 1) <= version(run) < (3, 15):
        # The server's preload fails and kills it; the parent's start()
        # finds the connection closed and the script ends there.
        assert "bootstrapping phase" in run.output
        assert run.lines[-1] == ("ConnectionResetError: [Errno 104] "
                                 "Connection reset by peer")
        assert "exitcode:" not in run.output
        assert "worker ran" not in run.output
        spawn_like = False
    if spawn_like:
        # The child imports the script, reaches process.start() and stops
        # (3.15 ignores the server's failed preload by default, gh-141860).
        assert "RuntimeError" in run.output
        assert "before the\n        current process has finished its " \
               "bootstrapping phase" in run.output
        assert "worker ran" not in run.output
        assert run.lines[-1] == "exitcode: 1"


@checks("process/exit_values.py")
def test_exit_values(run):
    # Linux keeps the low 8 bits of an exit status: 256 -> 0, -1 -> 255.
    # (Every run here is on Linux; other systems may differ.)
    assert run.lines == [
        "sys.exit(None): exitcode 0",
        "no input file",  # the child printed the message to stderr
        "sys.exit('no input file'): exitcode 1",
        "sys.exit(255): exitcode 255",
        "sys.exit(256): exitcode 0",
        "sys.exit(-1): exitcode 255",
    ]


@checks("process/lambda_target.py")
def test_lambda_target(run):
    if run.method == "fork":
        # The child is a copy of the parent: the lambda is already there.
        assert run.lines == ["the lambda ran", "exitcode: 0"]
    else:
        # Same class on 3.9-3.15; the message changed in 3.14.
        assert run.lines[0] == "start() raised PicklingError"
        assert re.fullmatch(lambda_error(run), run.lines[1]), run.lines[1]
        assert len(run.lines) == 2
        assert "the lambda ran" not in run.output
