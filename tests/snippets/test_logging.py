import re

from snippet_checks import checks

WORKER = {"fork": "ForkPoolWorker", "spawn": "SpawnPoolWorker",
          "forkserver": "ForkServerPoolWorker"}


@checks("logging/queue_listener.py")
def test_queue_listener(run):
    *records, count = run.lines
    assert count == "12 lines in the file"
    assert len(records) == 12
    expected = {f"writer-{w} INFO writer-{w} line {i}"
                for w in (1, 2) for i in range(3)}
    expected |= {"MainProcess INFO starting", "MainProcess INFO done"}
    squares = set()
    for line in records:
        # whole lines only: a torn or merged record matches no pattern
        match = re.fullmatch(
            rf"{WORKER[run.method]}-\d+ INFO (square\(\d\) = \d+)", line)
        if match:
            squares.add(match[1])
    assert squares == {f"square({n}) = {n * n}" for n in range(4)}
    others = [line for line in records if "PoolWorker" not in line]
    assert sorted(others) == sorted(expected)  # each exactly once
    # every child had exited, its records sent, before the parent's last
    assert records[-1] == "MainProcess INFO done"


@checks("logging/inherited_config.py")
def test_inherited_config(run):
    if run.method == "fork":
        assert run.lines == [
            "parent: root level INFO, 1 handler(s)",
            "child : root level INFO, 1 handler(s)",
            "[child] an INFO record from the child",
            "[child] a WARNING record from the child",
        ]
    else:
        # a fresh interpreter: logging's defaults, and the last-resort
        # handler prints WARNING and above without a format
        assert run.lines == [
            "parent: root level INFO, 1 handler(s)",
            "child : root level WARNING, 0 handler(s)",
            "a WARNING record from the child",
        ]
