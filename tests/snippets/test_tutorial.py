import re

from snippet_checks import checks


@checks("tutorial/result_queue.py")
def test_result_queue(run):
    assert run.lines == ["7 squared is 49"]


@checks("tutorial/several_results.py")
def test_several_results(run):
    arrived = re.fullmatch(r"in arrival order: (\[.*\])", run.lines[0])
    assert arrived
    expected = [(1, 1), (2, 4), (3, 9), (4, 16)]
    # every answer arrives once, in whatever order the children ran
    assert sorted(eval(arrived[1])) == expected
    assert run.lines[1] == f"sorted:           {expected}"
    assert len(run.lines) == 2


@checks("tutorial/exception_in_child.py")
def test_exception_in_child(run):
    # the child prints its own traceback, under its process name
    assert "Process Process-1:" in run.output
    assert "ZeroDivisionError: division by zero" in run.output
    assert run.lines[-2:] == [
        "exitcode: 1",
        "the child ended without a result",
    ]


@checks("tutorial/send_exception.py")
def test_send_exception(run):
    assert run.lines[:2] == [
        "1 / 4: ok, 0.25, exitcode 0",
        "1 / 0: error, ZeroDivisionError('division by zero'), exitcode 0",
    ]
    # the parent raised the very exception the child caught
    assert run.lines[2] == "Traceback (most recent call last):"
    assert "raise value" in run.output
    assert run.lines[-1] == "ZeroDivisionError: division by zero"
    assert "Process Process-" not in run.output  # no child traceback


@checks("tutorial/task_queue.py")
def test_task_queue(run):
    assert run.lines[0] == f"squares: {[n * n for n in range(1, 11)]}"
    rows = [re.fullmatch(r"worker-(\d) did (\d+) tasks, exitcode 0", line)
            for line in run.lines[1:]]
    assert all(rows) and [r[1] for r in rows] == ["1", "2", "3"]
    # how the tasks were shared varies; that all were done does not
    assert sum(int(r[2]) for r in rows) == 10


@checks("tutorial/missing_sentinel.py")
def test_missing_sentinel(run):
    first = re.fullmatch(r"(worker-[12]) got the sentinel and finished",
                         run.lines[0])
    assert first and len(run.lines) == 2
    other = "worker-2" if first[1] == "worker-1" else "worker-1"
    assert run.lines[1] == f"{other} alive after join(timeout=1): True"


@checks("tutorial/lock.py")
def test_lock(run):
    assert len(run.lines) == 9
    # whichever worker went first, each block of three lines is whole
    blocks = [run.lines[i:i + 3] for i in range(0, 9, 3)]
    numbers = []
    for block in blocks:
        number = re.fullmatch(r"worker (\d): begin", block[0])[1]
        assert block[1:] == [f"worker {number}: working",
                             f"worker {number}: end"]
        numbers.append(number)
    assert sorted(numbers) == ["1", "2", "3"]


@checks("tutorial/event.py")
def test_event(run):
    assert run.lines[:2] == [
        "waiting: [1, 2, 3] | go is set: False",
        "parent: go!",
    ]
    # every worker passed wait() only after the parent's "go!"
    assert sorted(run.lines[2:5]) == [
        f"worker {n}: started after go" for n in (1, 2, 3)]
    assert run.lines[5:] == ["go is set: True"]
