"""Tests whose worker function lives in the test module itself."""
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

# spawn: what macOS and Windows use, and what forkserver (the Linux
# default from 3.14) does for this purpose: each worker imports the
# function's module by name.
SPAWN = multiprocessing.get_context("spawn")


def square(x):
    return x * x


def test_pool():
    with SPAWN.Pool(2) as pool:
        assert pool.map(square, range(5)) == [0, 1, 4, 9, 16]


def test_executor():
    with ProcessPoolExecutor(2, mp_context=SPAWN) as executor:
        assert list(executor.map(square, range(5))) == [0, 1, 4, 9, 16]
