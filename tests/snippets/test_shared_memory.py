import re

from snippet_checks import checks


def _minor(run):
    return tuple(map(int, run.python.split()[1].split(".")[:2]))


@checks("shared_memory/create_attach.py")
def test_create_attach(run):
    assert len(run.lines) == 3
    assert re.fullmatch(r"name: \w+", run.lines[0])
    assert run.lines[1:] == [
        "child sees:   b'hello'",
        "parent sees:  b'helloworld'",
    ]


@checks("shared_memory/size.py")
def test_size(run):
    page = re.fullmatch(r"page size: (\d+)", run.lines[0])
    assert page
    rows = [re.fullmatch(r"requested +(\d+): size +(\d+), attached size"
                         r" +(\d+), len\(buf\) +(\d+)", line)
            for line in run.lines[1:]]
    assert len(rows) == 4 and all(rows)
    values = [tuple(map(int, row.groups())) for row in rows]
    assert [v[0] for v in values] == [1, 100, 4096, 5000]
    for requested, size, attached, length in values:
        # Never smaller than asked; some platforms round up to a page.
        assert size >= requested and attached >= requested
        assert length == size
        if run.system == "Linux":  # ftruncate() gives the exact size
            assert size == attached == requested


@checks("shared_memory/close_unlink.py")
def test_close_unlink(run):
    missing = r"\[Errno 2\] No such file or directory: '/?\w+'"
    assert len(run.lines) == 5
    assert run.lines[:3] == [
        "buf after close(): None",
        "old view: ValueError: operation forbidden on released "
        "memoryview object",
        "attached again: b'data'",
    ]
    assert re.fullmatch(
        "attach after unlink\\(\\): FileNotFoundError: " + missing,
        run.lines[3])
    assert re.fullmatch(
        "second unlink\\(\\): FileNotFoundError: " + missing,
        run.lines[4])


@checks("shared_memory/close_with_view.py")
def test_close_with_view(run):
    assert run.lines == [
        "close() with a view alive: BufferError: cannot close exported "
        "pointers exist",
        "shm.buf after that: None",  # dropped before the mmap refused
        "the view still reads: b'\\x00\\x00\\x00\\x00'",
        "close() after releasing it: ok",
    ]


@checks("shared_memory/shareable_list.py")
def test_shareable_list(run):
    assert run.lines == [
        "created:    [1, 2.5, True, 'abc', b'xy', None]",
        "format:     qdxxxxxxx?8s8sxxxxxx?x",
        "after child: [1, 5.0, True, 'xyz', b'xy', 1]",
        "format:     qdxxxxxxx?8s8sq",
        "len: 6",
        "count(1): 3",
        "index(True): 0",
        "index('xyz'): 3",
    ]


@checks("shared_memory/shareable_list_limits.py")
def test_shareable_list_limits(run):
    assert run.lines == [
        "format: 8s8sq",
        "8 bytes fit: 12345678",
        "9 bytes: ValueError: bytes/str item exceeds available storage",
        "b'ab\\x00' reads back as b'ab'",
        "AttributeError: 'ShareableList' object has no attribute 'append'",
        "a slice: TypeError",
        "a list item: KeyError: <class 'list'>",
        # cut to the 16-byte slot without an error (gh-88336)
        "9 x '\u00e9' reads back as 8 characters",
        "a 9,999,991-byte item fits, format: 9999992s",
        "a 9,999,992-byte item: AssertionError",
    ]


@checks("shared_memory/manager.py")
def test_manager(run):
    assert run.lines == [
        "block: [0, 1, 2, 3, 4, 5, 6, 7]",
        "list:  ['done', 28]",
        "after shutdown: FileNotFoundError",
        "after shutdown: FileNotFoundError",
    ]


@checks("shared_memory/leak.py")
def test_leak(run):
    assert run.lines[0] == "closed but not unlinked; exiting"
    warning = [line for line in run.lines if "UserWarning" in line]
    assert len(warning) == 1
    text = ("UserWarning: resource_tracker: There appear to be 1 leaked "
            "shared_memory objects to clean up at shutdown")
    if _minor(run) >= (3, 13):  # the warning names the block since 3.13
        assert re.search(re.escape(text) + r": \{'/\w+'\}$", warning[0])
    else:
        assert warning[0].endswith(text)
    assert "resource_tracker.py" in warning[0]


@checks("shared_memory/track_false.py")
def test_track_false(run):
    assert run.lines == [
        "reader with track=True read b'hello'",
        "  its tracker warned of a leak: True",
        "  block still there: False",
        "reader with track=False read b'hello'",
        "  its tracker warned of a leak: False",
        "  block still there: True",
    ]


@checks("shared_memory/numpy_in_place.py")
def test_numpy_in_place(run):
    assert len(run.lines) == 4
    assert run.lines[0] == "array (4, 250000) float64: 8.0 MB in one block"
    # Row r held r*250000 .. r*250000+249999, each then doubled.
    n = 250_000
    doubled = [float(2 * (r * n * n + (n - 1) * n // 2)) for r in range(4)]
    assert run.lines[1] == f"row sums the workers saw: {doubled}"
    assert run.lines[2] == f"row sums the parent sees: {doubled}"
    assert run.lines[3] == "every element doubled: True"


@checks("shared_memory/numpy_close_order.py")
def test_numpy_close_order(run):
    assert run.lines == [
        "frombuffer view alive: BufferError: cannot close exported "
        "pointers exist",
        "after del: close() ok",
        "ndarray view alive: close() ok",
        "array.base is the mmap; closed: True",
    ]


@checks("shared_memory/numpy_vs_pickle.py")
def test_numpy_vs_pickle(run):
    assert len(run.lines) == 4
    assert run.lines[0] == "array: 51.2 MB"
    timings = {}
    for line in run.lines[1:3]:
        match = re.fullmatch(r" *(pickled|by name): +(\d+\.\d{3}) ms, "
                             r"child saw last element (\d+)", line)
        assert match, line
        assert int(match[3]) == 6_399_999  # the array arrived whole
        timings[match[1]] = float(match[2])
    assert timings.keys() == {"pickled", "by name"}
    # Sending a name cannot take longer than pickling 51 MB through
    # a pipe and unpickling it on the other side (same run, best of 3).
    assert timings["by name"] < timings["pickled"]
    ratio = re.fullmatch(r"by name was (\d+)x faster", run.lines[3])
    assert ratio and int(ratio[1]) >= 1
