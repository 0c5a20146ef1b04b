import re

from snippet_checks import checks, version
from tools.building.render import minor


@checks("production_hosts/cpu_count_option.py")
def test_cpu_count_option(run):
    plain, counts, pool, option, counts_x, pool_x = run.lines
    assert (plain, option) == ("python:", "python -X cpu_count=1:")
    new = minor(run.python) >= (3, 13)
    # Without the option: the machine's CPUs, and those this process may
    # use (the runner clears PYTHON* variables: nothing overrides them).
    match = re.fullmatch(r"  os\.cpu_count\(\) (\d+), "
                         r"os\.process_cpu_count\(\) (\d+|missing)",
                         counts)
    assert match, counts
    cpus, usable = int(match[1]), match[2]
    assert cpus == run.cpu_count
    assert (usable != "missing") == new
    # Pool() follows process_cpu_count() from 3.13, cpu_count() before.
    size = int(usable) if new else cpus
    assert 1 <= size <= cpus
    assert pool == (f"  Pool() workers {size}, os.cpu_count() in a "
                    f"worker {cpus}")
    if new:
        # The option reaches both functions and the pool; a forked worker
        # copies it, and spawn and forkserver pass every -X option on
        # from 3.13.16 and 3.14.4 (gh-146004), a fixed list before.
        full = version(run)
        passed_on = (full >= (3, 14, 4)
                     or (3, 13, 16) <= full < (3, 14))
        in_worker = 1 if run.method == "fork" or passed_on else cpus
        assert counts_x == ("  os.cpu_count() 1, "
                            "os.process_cpu_count() 1")
        assert pool_x == ("  Pool() workers 1, os.cpu_count() in a "
                          f"worker {in_worker}")
    else:
        # 3.9 to 3.12 store the option in sys._xoptions and ignore it.
        assert (counts_x, pool_x) == (counts, pool)


@checks("production_hosts/shm_space.py")
def test_shm_space(run):
    lines = run.lines
    # This machine is Linux: /dev/shm exists, and blocks are files in it.
    size, free = map(int, re.fullmatch(
        r"/dev/shm: (\d+) MiB, (\d+) MiB free", lines[0]).groups())
    assert 0 <= free <= size
    # ftruncate() claims no page; writing claims the pages written.
    assert lines[1] == "SharedMemory(size=8 MiB) takes up: 0 MiB"
    written = float(re.fullmatch(r"after writing its first MiB: "
                                 r"(\d+(?:\.\d+)?) MiB", lines[2])[1])
    assert 1 <= written < 8
    # posix_fallocate() claims every page at once.
    assert lines[3] == "create_reserved(8 MiB) takes up: 8 MiB"
    # A block larger than the whole of /dev/shm is refused before it
    # is created.
    refused = re.fullmatch(
        r"MemoryError: (\d+) MiB wanted, (\d+) MiB free in /dev/shm: "
        r"give the container a larger --shm-size", lines[4])
    assert refused and int(refused[1]) == size + 1
    assert len(lines) == 5


@checks("production_hosts/needs_semaphore.py")
def test_needs_semaphore(run):
    assert run.lines == [
        "loads multiprocessing.synchronize (named semaphores):",
        "  Pipe()                 no",
        "  Process(...).start()   no",
        "  Lock()                 yes",
        "  Queue()                yes",
        "  SimpleQueue()          yes",
        "  Value('i', 0)          yes",
        "  Pool()                 yes",
        "  pool.ThreadPool()      yes",
        "  ProcessPoolExecutor()  yes",
        "  ThreadPoolExecutor()   no",
    ]


@checks("production_hosts/pipes_only.py")
def test_pipes_only(run):
    assert run.lines == [
        "squares through pipes: [0, 1, 4, 9]",
        "multiprocessing.synchronize loaded: in the parent False, "
        "in a child False",
    ]


@checks("production_hosts/pool_in_server.py")
def test_pool_in_server(run):
    assert run.lines == [
        "{'n': 10, 'value': 285}",
        "{'n': 1000, 'value': 832504}",
        "{'n': 100000, 'value': 368001}",
        "answered by the pool's workers: True",
        "none by the server process: True",
        "server stopped, pool shut down",
    ]


@checks("production_hosts/outlive_parent.py")
def test_outlive_parent(run):
    assert run.lines == [
        "the launcher exited with code 0",
        "its child still answers: True",
        "after stop, it has closed its end: True",
    ]
