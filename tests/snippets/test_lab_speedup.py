import re

from lab_checks import check_figure
from snippet_checks import checks
from tools.building.render import minor
from tools.building.lab.parse import parse


@checks("lab_speedup/speedup.py")
def test_speedup(run):
    out = parse(run.output)
    cpus = int(re.fullmatch(r"\S+ \S+, (\d+) usable CPUs, CPython [\d.]+",
                            out.values["machine"])[1])
    workers = [str(n) for n in range(1, min(max(4, cpus + 2), 8) + 1)]
    # InterpreterPoolExecutor exists from 3.14.
    kinds = ["threads", "processes"] + (
        ["interpreters"] if minor(run.python) >= (3, 14) else [])
    assert [s.header.split(",")[0] for s in out.sections
            if s.header.endswith("speed-up by workers")] == kinds
    for kind in kinds:
        times = out.section(f"{kind}, s by workers")
        assert [r.label for r in times.rows] == workers
        for row in times.rows:
            assert row.unit == "s" and row.low <= row.value <= row.high
        ups = out.section(f"{kind}, speed-up by workers")
        assert [r.label for r in ups.rows] == workers
    serial = out.section("serial, s")["1"]
    assert serial.low <= serial.value <= serial.high
    # Speed-up is the serial median over each median, as printed (within
    # the rounding of three decimals).
    for kind in kinds:
        for n in workers:
            time = out.section(f"{kind}, s by workers")[n].value
            up = out.section(f"{kind}, speed-up by workers")[n].value
            assert abs(up - serial.value / time) < 0.02 + 0.01 * up
    busy = {kind: {r.label: r.value for r in
                   out.section(f"{kind}, cores busy").rows}
            for kind in kinds}
    # Cores working at once (CPU time of the jobs over the wall time of
    # the same call) can exceed neither the usable CPUs nor, for threads
    # of a build with a GIL, one core (small slack for clocks). Speed-ups
    # compare calls made at different moments, so a busy neighbour can
    # move them either way: no bound on them holds on every machine.
    for kind in busy:
        assert all(0 < b <= cpus * 1.1 for b in busy[kind].values())
    if out.values["free-threaded build"] == "no":
        assert all(b < 1.15 for b in busy["threads"].values())
    cpu_serial = float(out.values["CPU time of the jobs, serial"][:-2])
    cpu = out.section("processes, CPU time of the jobs by workers")
    assert [r.label for r in cpu.rows] == workers
    # The same jobs need about the same CPU time wherever they run (a
    # core whose twin is busy, or a slower clock, can stretch it).
    for row in cpu.rows:
        assert 1 / 3 < row.value / cpu_serial < 3
    # Only a free-threaded build can run without the GIL.
    assert out.values["GIL enabled"] in ("yes", "no")
    if out.values["free-threaded build"] == "no":
        assert out.values["GIL enabled"] == "yes"
    fraction = out.values.get("serial fraction (Amdahl fit)")
    if cpus > 1:
        assert 0 <= float(fraction) <= 1
    else:
        assert fraction is None
    check_figure(run)
