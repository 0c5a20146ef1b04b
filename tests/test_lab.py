"""The performance lab's pages, parser and drawing, without running the
lab snippets (their own tests check each figure against its real run)."""
import re

import pytest

from tools.building import pages
from tools.building.lab import draw, figures, fragments
from tools.building.lab.parse import parse
from tools.paths import DOCS
from tools.running import catalog

PLACEHOLDER = fragments.FACT


def _lab_pages():
    return {page: page.read_text(encoding="utf-8")
            for page in sorted(DOCS.rglob("*.md"))
            if PLACEHOLDER.search(page.read_text(encoding="utf-8"))}


def test_every_figure_belongs_to_a_lab_snippet():
    for name in figures.FIGURES:
        assert catalog.get(name).lab, f"{name} has a figure but no lab = true"
    for snippet in catalog.load().values():
        if snippet.lab:
            assert snippet.name in figures.FIGURES, (
                f"{snippet.name}: a lab snippet without a figure")


def test_numbers_in_prose_come_with_their_run_and_figure():
    """A page that quotes a figure shows the figure and the output it was
    drawn from, so a reader can check every number."""
    assert _lab_pages(), "no page quotes a lab figure"
    for page, text in _lab_pages().items():
        included = set(pages.INCLUDE.findall(text))
        for name, _ in PLACEHOLDER.findall(text):
            assert name in figures.FIGURES, f"{page}: {name} has no figure"
            stem = name.removesuffix(".py")
            assert f"generated/snippets/{stem}.md" in included, (
                f"{page} quotes {name} but does not show its output")
            assert f"generated/lab/{stem}.md" in included, (
                f"{page} quotes {name} but does not show its figure")


def test_every_figure_is_shown():
    shown = {target for _, target in pages.includes()}
    for name in figures.FIGURES:
        assert f"generated/lab/{name.removesuffix('.py')}.md" in shown


def test_an_unknown_fact_stops_the_build_naming_the_page(tmp_path,
                                                        monkeypatch):
    monkeypatch.setattr(fragments, "FOLDER", tmp_path)
    (tmp_path / "lab_x").mkdir()
    (tmp_path / "lab_x" / "x.json").write_text('{"best": "1.93x"}')
    assert fragments.fill("got {{ lab lab_x/x.py best }}.", "p.md") == \
        "got 1.93x."
    with pytest.raises(fragments.LabError, match=r"p\.md: .* it has: best"):
        fragments.fill("{{ lab lab_x/x.py worst }}", "p.md")


def test_parse_reads_values_sections_rows_and_notes():
    out = parse("machine: Linux x86_64, 2 usable CPUs, CPython 3.13.0\n"
                "10 tasks of square(x)\n"
                "pool.map by chunksize, ms (median of 3; min, max):\n"
                "  1  812.30 ms  (800.12, 830.00)\n"
                "  dict of 100k str  3.1 MB\n"
                "map, chunksize 2: 0.712 s\n"
                "  task 0  worker 1  0.002 0.303 s\n")
    assert out.values["machine"].endswith("CPython 3.13.0")
    assert out.note("tasks of") == "10 tasks of square(x)"
    row = out.section("pool.map by")["1"]
    assert (row.text, row.unit, row.low, row.high) == (
        "812.30", "ms", 800.12, 830.0)
    size = out.section("pool.map by")["dict of 100k str"]
    assert (size.value, size.low) == (3.1, None)
    assert out.section("map, chunksize 2").other == [
        "task 0  worker 1  0.002 0.303 s"]


def test_svg_follows_the_page_colours_and_has_unique_ids():
    with draw.figure() as (fig, ax):
        ax.plot([1, 2], [1, 2], label="a")
        ax.legend()
        first = draw.svg(fig, "one", 'a "quoted" <finding>')
        second = draw.svg(fig, "two", "b")
    assert first.startswith('<svg role="img" aria-label="a &quot;quoted')
    assert "<title>a \"quoted\" &lt;finding&gt;</title>" in first
    assert draw.INK not in first and "currentColor" in first
    assert "<style" not in first and 'width="' not in first.split(">")[0]
    ids = set(re.findall(r'id="([^"]+)"', first))
    assert ids and not ids & set(re.findall(r'id="([^"]+)"', second))


def test_a_rounded_speedup_at_the_edge_of_its_spread_still_draws():
    """The stress check found it: median = max, and the printed speed-up
    rounded below serial / max, made a negative error bar."""
    row = "  {n}  {t} s  ({lo}, {hi})"
    lines = ["machine: Linux x86_64, 2 usable CPUs, CPython 3.13.0",
             "free-threaded build: no", "GIL enabled: yes",
             "12 jobs of count_primes(7000)",
             "serial, s (median of 5; min, max):",
             row.format(n=1, t="0.301", lo="0.300", hi="0.301")]
    for kind in ("threads", "processes"):
        lines.append(f"{kind}, s by workers (median of 5; min, max):")
        lines += [row.format(n=n, t="0.208", lo="0.200", hi="0.208")
                  for n in (1, 2, 3, 4)]
    for kind in ("threads", "processes"):
        lines.append(f"{kind}, speed-up by workers:")
        lines += [f"  {n}  1.44 x" for n in (1, 2, 3, 4)]
    for kind in ("threads", "processes"):
        lines.append(f"{kind}, cores busy by workers:")
        lines += [f"  {n}  0.99 cores" for n in (1, 2, 3, 4)]
    lines.append("CPU time of the jobs, serial: 0.300 s")
    lines.append("processes, CPU time of the jobs by workers:")
    lines += [f"  {n}  0.300 s" for n in (1, 2, 3, 4)]
    lines.append("serial fraction (Amdahl fit): 0.400")
    figure = figures.speedup(parse("\n".join(lines)), "x.py")
    assert figure.svg.startswith("<svg")
    assert figure.facts["best_speedup"] == "1.44x"


def _frameworks_output(cpus, work, threads="1 (MainThread)"):
    """A comparison run's output with these CPU-bound medians."""
    row = "  {0}  {1} {2}  ({1}, {1})"
    ways = ["Pool", "ProcessPoolExecutor", "joblib", "Dask", "Ray"]
    lines = [f"machine: Linux x86_64, {cpus} usable CPUs, CPython 3.13.0",
             "start method of Pool and ProcessPoolExecutor: spawn",
             "start to first result, ms (median of 3; min, max):"]
    lines += [row.format(w, f"{9 + i}0.0", "ms") for i, w in enumerate(ways)]
    lines.append("per-task overhead, us (400 empty tasks; median of 3; "
                 "min, max):")
    lines += [row.format(w, f"{2 + i}00.0", "us") for i, w in enumerate(ways)]
    lines.append("8 prime counts below 60000, s (median of 3; min, max):")
    lines += [row.format(w, t, "s") for w, t in work.items()]
    lines.append(f"threads left in this process: {threads}")
    return parse("\n".join(lines))


def test_the_comparison_says_what_its_run_measured():
    """The prose under the comparison follows the run: a way that did not
    beat the loop is named, never called faster."""
    fast = {"serial": "1.00", "Pool": "0.55", "ProcessPoolExecutor": "0.56",
            "joblib": "0.57", "Dask": "0.60", "Ray": "0.58"}
    facts = figures.frameworks(_frameworks_output(2, fast), "x.py").facts
    assert facts["work_verdict"].startswith("Every way beat the loop")
    assert facts["method"] == "spawn"
    assert facts["start_std"] == "90.0 ms (`Pool`) and 100.0 ms " \
        "(`ProcessPoolExecutor`)"
    assert facts["ray_vs_dask"] == "higher"

    busy = dict(fast, Pool="1.00", Dask="1.20")
    verdict = figures.frameworks(_frameworks_output(2, busy), "x.py"
                                 ).facts["work_verdict"]
    assert verdict.startswith("In this run `Pool` and `Dask` did not beat")
    assert "Every way" not in verdict

    one_cpu = figures.frameworks(_frameworks_output(1, busy), "x.py")
    assert one_cpu.facts["work_verdict"].startswith("With one usable CPU")


def test_the_comparison_names_the_threads_that_outlived_their_library():
    work = {"serial": "1.00", "Pool": "0.55"}
    none = figures.frameworks(_frameworks_output(2, work), "x.py").facts
    assert none["threads_left"].startswith("in this run no thread")
    two = figures.frameworks(_frameworks_output(
        2, work, "3 (Dask-Offload_0, MainThread, Profile)"), "x.py").facts
    assert two["threads_left"].endswith(
        "lists `Dask-Offload_0` and `Profile` beside the main thread")


def test_no_single_fastest_chunksize_when_spreads_overlap():
    """The fastest median of the sweep is named, with every other tried
    chunksize whose spread overlaps its own; the automatic run is not
    part of the sweep."""
    lines = ["10000 tasks of square(x), a pool of 2 workers",
             "plain loop, ms (median of 3; min, max):",
             "  loop  0.50 ms  (0.40, 0.60)",
             "pool.map by chunksize, ms (median of 3; min, max):",
             "  1  200.00 ms  (190.00, 210.00)",
             "  1000  1.50 ms  (1.20, 1.80)",
             "  2500  1.10 ms  (1.00, 1.30)",
             "  5000  1.40 ms  (1.35, 1.60)",
             "pool.map with its automatic chunksize, ms "
             "(median of 3; min, max):",
             "  1250  0.90 ms  (0.80, 1.00)"]
    facts = figures.chunksize(parse("\n".join(lines)), "x.py").facts
    assert facts["best_chunksize"] == "2500"
    assert facts["best_close"] == (
        "The spread of 1000 overlaps that of 2500: the repeats do not "
        "single out one fastest chunksize.")
    apart = "\n".join(lines).replace("(1.20, 1.80)", "(1.40, 1.80)")
    assert figures.chunksize(parse(apart), "x.py").facts["best_close"] \
        == "No other chunksize tried overlaps the spread of 2500."


def _speedup_output(kinds: dict[str, tuple[str, str]]) -> str:
    """A speed-up run on 2 CPUs: kind -> (seconds, cores busy)."""
    row = "  {n}  {t} s  ({t}, {t})"
    lines = ["machine: Linux x86_64, 2 usable CPUs, CPython 3.15.2",
             "free-threaded build: no", "GIL enabled: yes",
             "12 jobs of count_primes(7000)",
             "serial, s (median of 5; min, max):", row.format(n=1, t="0.8")]
    for kind, (time, _) in kinds.items():
        lines.append(f"{kind}, s by workers (median of 5; min, max):")
        lines += [row.format(n=n, t=time) for n in (1, 2)]
    for kind, (time, _) in kinds.items():
        lines.append(f"{kind}, speed-up by workers:")
        lines += [f"  {n}  {0.8 / float(time):.2f} x" for n in (1, 2)]
    for kind, (_, busy) in kinds.items():
        lines.append(f"{kind}, cores busy by workers:")
        lines += [f"  {n}  {busy} cores" for n in (1, 2)]
    lines.append("CPU time of the jobs, serial: 0.800 s")
    lines.append("processes, CPU time of the jobs by workers:")
    lines += [f"  {n}  0.800 s" for n in (1, 2)]
    lines.append("serial fraction (Amdahl fit): 0.000")
    return "\n".join(lines)


def test_a_speed_up_without_busy_cores_is_not_called_close_to_ideal():
    """A loaded machine slows the loop too: the speed-up may look ideal
    while the cores busy show the workers never ran side by side."""
    starved = figures.speedup(parse(_speedup_output(
        {"threads": ("0.800", "0.84"), "processes": ("0.410", "0.82")})),
        "x.py").facts
    assert "only in appearance" in starved["verdict"]
    assert "close to the ideal" not in starved["verdict"]
    assert "does not show what the GIL costs" in starved["gil"]
    fine = figures.speedup(parse(_speedup_output(
        {"threads": ("0.800", "0.99"), "processes": ("0.410", "1.95")})),
        "x.py").facts
    assert fine["verdict"].endswith("close to the ideal 2x")
    assert "where processes reach 1.95" in fine["gil"]


def test_interpreters_are_drawn_and_described_from_their_rows():
    """3.14+ prints a third kind; the prose follows its cores-busy rows."""
    kinds = {"threads": ("0.800", "0.99"), "processes": ("0.400", "1.98"),
             "interpreters": ("0.420", "1.90")}
    figure = figures.speedup(parse(_speedup_output(kinds)), "x.py")
    assert figure.svg.count("interpreters") >= 1
    assert "kept up to 1.90 cores busy, where threads never passed 0.99" \
        in figure.facts["interpreters"]


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
              for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(one: str, other: str) -> float:
    light, dark = sorted(map(_luminance, (one, other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_plot_colours_keep_3_to_1_on_both_schemes():
    """WCAG 1.4.11 asks 3:1 of the parts of a graphic that carry meaning;
    the plots are drawn once for both schemes' page backgrounds."""
    from tools.building.lab import draw

    for colour in [*draw.COLOURS, draw.GUIDE]:
        for background in ("#ffffff", "#1e2129"):  # light, slate
            assert _contrast(colour, background) >= 3, (colour, background)
