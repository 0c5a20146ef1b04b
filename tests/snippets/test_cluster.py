import re

from snippet_checks import checks

# Primes below 10_000, 20_000, 30_000 and 100_000 (pi(n), well known).
PRIMES_BELOW = {10_000: 1229, 20_000: 2262, 30_000: 3245, 100_000: 9592}


@checks("cluster/dask_local.py")
def test_dask_local(run):
    lines = run.lines
    assert len(lines) == 7, run.output
    # The port is any free one: only the host and the form are checked.
    assert re.fullmatch(r"scheduler: tcp://127\.0\.0\.1:\d+", lines[0])
    assert lines[1] == "scheduler host: 127.0.0.1"
    assert re.fullmatch(
        r"dashboard \(not fetched\): http://127\.0\.0\.1:\d+/status",
        lines[2])
    assert lines[3] == "workers: 2"
    assert lines[4] == "worker hosts: ['127.0.0.1']"
    assert lines[5] == f"submit, result(): {PRIMES_BELOW[100_000]}"
    assert lines[6] == "map, gather(): " + str(
        [PRIMES_BELOW[n] for n in (10_000, 20_000, 30_000)])


def _version(run):
    return tuple(map(int, run.python.split()[1].split(".")[:2]))


@checks("cluster/ray_local.py")
def test_ray_local(run):
    # Ray may log through Python's warnings (Ray 2.51, on 3.9: a
    # FutureWarning about accelerator variables); what the snippet prints comes
    # in this order all the same.
    ours = [line for line in run.lines if line.startswith(
        ("head: ", "CPUs: ", "remote, get(): ", "remote x3, get(): "))]
    assert len(ours) == 4, run.output
    assert re.fullmatch(r"head: 127\.0\.0\.1:\d+", ours[0])
    assert ours[1] == "CPUs: 2"
    assert ours[2] == f"remote, get(): {PRIMES_BELOW[100_000]}"
    assert ours[3] == "remote x3, get(): " + str(
        [PRIMES_BELOW[n] for n in (10_000, 20_000, 30_000)])
    others = [line for line in run.lines if line not in ours]
    if _version(run) >= (3, 10):
        assert others == [], run.output  # logging_level hides Ray's logs
    else:
        assert all("Warning" in line or line.startswith("  ")
                   for line in others), run.output
