from pickle_messages import check_notes
from snippet_checks import checks


@checks("shared_ctypes/typecodes.py")
def test_typecodes(run):
    # Sizes of C types on 64-bit Linux (LP64), where the tests run;
    # there c_longlong is another name for c_long.
    assert run.lines == [
        "code  ctypes type  bytes  zero value",
        "'b'   c_byte       1      0",
        "'B'   c_ubyte      1      0",
        "'h'   c_short      2      0",
        "'H'   c_ushort     2      0",
        "'i'   c_int        4      0",
        "'I'   c_uint       4      0",
        "'l'   c_long       8      0",
        "'L'   c_ulong      8      0",
        "'q'   c_long       8      0",
        "'Q'   c_ulong      8      0",
        "'f'   c_float      4      0.0",
        "'d'   c_double     8      0.0",
        "'c'   c_char       1      b'\\x00'",
        "'u'   c_wchar      4      '\\x00'",
    ]


@checks("shared_ctypes/value_and_array.py")
def test_value_and_array(run):
    assert run.lines == [
        "total.value:       30.0",
        "squares[:]:        [0, 1, 4, 9, 16, -1, -1, -1]",
        "squares[2:4]:      [4, 9]",
        "len(squares):      8",
        "total.get_obj():   c_double(30.0)",
        "squares.get_obj(): c_int_Array_8",
    ]


@checks("shared_ctypes/char_array.py")
def test_char_array(run):
    assert run.lines == [
        "before: .value=b'Alice' .raw=b'Alice'",
        "after:  .value=b'Bo' .raw=b'Bo\\x00ce'",
        "a longer value: ValueError: byte string too long",
    ]


@checks("shared_ctypes/lock_argument.py")
def test_lock_argument(run):
    assert [line.split() for line in run.lines] == [
        ['Value("i")', "Synchronized", "get_lock():", "RLock"],
        ['Value("i",', "lock=False)", "c_int", "no", "get_lock()"],
        ['RawValue("i")', "c_int", "no", "get_lock()"],
        ['Array("i",', "3)", "SynchronizedArray", "get_lock():",
         "RLock"],
        ['Array("i",', "3,", "lock=False)", "c_int_Array_3", "no",
         "get_lock()"],
        ['RawArray("i",', "3)", "c_int_Array_3", "no", "get_lock()"],
        ['Array("c",', "3)", "SynchronizedString", "get_lock():",
         "RLock"],
        ['Value("i",', "lock=lock)", "Synchronized", "get_lock():",
         "RLock"],
        ["both", "values", "share", "that", "lock:", "True"],
        ["checking", "70,", "savings", "30"],
    ]


@checks("shared_ctypes/given_lock.py")
def test_given_lock(run):
    # With a plain Lock the child holds it and then waits for it again
    # in .value: it can never go on. An RLock lets the owner re-enter.
    assert run.lines == [
        "Lock: stuck after 2 s: terminated",
        "RLock: counter is 1",
    ]


@checks("shared_ctypes/raw_array.py")
def test_raw_array(run):
    # Each slot has one writer, so no write can be lost.
    assert run.lines == [
        "slots holding their own index: 100,000 of 100,000",
        f"sum: {sum(range(100_000)):,}",
    ]


@checks("shared_ctypes/structure.py")
def test_structure(run):
    assert run.lines == [
        "type(origin): SynchronizedPoint",
        "origin: x=1.0 y=-1.0",
        "corners: [(10.0, 2.0), (30.0, 4.0)]",
    ]


@checks("shared_ctypes/pool_initializer.py")
def test_pool_initializer(run):
    assert run.lines == ["total: 5050"]


@checks("shared_ctypes/pool_argument.py")
def test_pool_argument(run):
    assert run.exit_code == 1
    assert run.lines[0] == "Traceback (most recent call last):"
    assert "pool.starmap(add, [(counter, 1), (counter, 2)])" in run.output
    assert check_notes(run, run.lines)[-1] == (
        "RuntimeError: Synchronized objects should only be shared "
        "between processes through inheritance")
    assert "counter:" not in run.output
