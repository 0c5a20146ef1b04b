import re

from pickle_messages import lambda_error
from snippet_checks import checks
from tools.building.render import minor


@checks("production_platforms/default_method.py")
def test_default_method(run):
    # Linux: fork first up to 3.13; from 3.14 the default is computed,
    # forkserver here, and listed first.
    default = "forkserver" if minor(run.python) >= (3, 14) else "fork"
    methods = (["forkserver", "fork", "spawn"] if default == "forkserver"
               else ["fork", "spawn", "forkserver"])
    assert run.lines == [
        "platform: linux",
        f"start methods: {methods}",
        f"default start method: {default}",
    ]


@checks("production_platforms/fork_vs_spawn.py")
def test_fork_vs_spawn(run):
    lines = run.lines
    assert lines[:7] == [
        "module level ran in MainProcess",
        "fork:",
        "  the task sees verbose=True",
        "  a lambda as target: exit code 0",
        "spawn:",
        # The spawn child imports the file again, under its own name.
        "module level ran in the spawn child",
        "  the task sees verbose=False",
    ]
    assert len(lines) == 8
    assert re.fullmatch(r"  a lambda as target: PicklingError: "
                        + lambda_error(run), lines[7]), lines[7]


@checks("production_platforms/macos_limits.py")
def test_macos_limits(run):
    lines = run.lines
    # POSIX: "/psm_" and 8 hex digits, under FreeBSD's 14 characters;
    # .name leaves out the leading slash.
    assert re.fullmatch(r"a name SharedMemory chose: 'psm_[0-9a-f]{8}', "
                        r"12 characters", lines[0]), lines[0]
    assert lines[1:] == [
        "a name of 32 characters: accepted",
        "largest semaphore value (Queue's default maxsize): 2147483647",
        "qsize() after one put: 1",
    ]


@checks("production_platforms/windows_cap.py")
def test_windows_cap(run):
    # 63 - 2 up to 3.12, 64 - 3 from 3.13: 61 on every version.
    assert run.lines == [
        "ProcessPoolExecutor's limit on Windows: 61",
        "max_workers=62 here: accepted",
    ]


@checks("production_platforms/ide_output.py")
def test_ide_output(run):
    pane = "the pane shows: ['parent: printed']"
    if run.method == "fork":
        # The forked child printed into its own copy of the pane.
        assert run.lines == [pane]
    else:
        # A spawn or forkserver child writes to the real standard output.
        assert run.lines == ["child: printed", pane]


@checks("production_platforms/late_output.py")
def test_late_output(run):
    parent = "  parent: the child has printed its line"
    child = "  child: my line"
    assert run.lines == [
        "print():", parent, child,  # held in the child's buffer
        "print(..., flush=True):", child, parent,
        "PYTHONUNBUFFERED=1, print():", child, parent,
    ]
