"""What each lab snippet's figure shows, and the facts pages quote from it.

A figure function reads a run's parsed output and returns its plot, its alt
text (the finding in words) and ``facts``: short phrases that pages put into
their prose with ``{{ lab <snippet> <fact> }}``. Every number in a fact is
quoted from the output as printed, never recomputed, so the prose says what
the output under it says (tests/lab_checks.py checks it on every run).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from tools.building.lab import draw
from tools.building.lab.parse import Output, Section


@dataclass
class Figure:
    svg: str
    alt: str
    facts: dict[str, str] = field(default_factory=dict)


def _cpus(out: Output) -> int:
    return int(out.values["machine"].split(", ")[1].split()[0])


def _spread(section: Section):
    """The medians, and their distances down to min and up to max."""
    mids = [r.value for r in section.rows]
    lows = [max(0, m - r.low) for m, r in zip(mids, section.rows)]
    highs = [max(0, r.high - m) for m, r in zip(mids, section.rows)]
    return mids, [lows, highs]


def _ideal(n: int, cpus: int, jobs: int) -> float:
    """The best speed-up n workers can give: min(n, CPUs) cores, and the
    jobs shared out in whole rounds (12 jobs on 5 cores need 3 rounds)."""
    return jobs / -(-jobs // min(n, cpus))


def speedup(out: Output, name: str) -> Figure:
    cpus = _cpus(out)
    jobs = int(out.note("jobs of").split()[0])
    procs = out.section("processes, speed-up")
    threads = out.section("threads, speed-up")
    # 3.14+ adds a pool of interpreters, each with its own GIL.
    interps = next((s for s in out.sections
                    if s.header.startswith("interpreters, speed-up")), None)
    busy = out.section("processes, cores busy")
    cpu_time = out.section("processes, CPU time")
    workers = [int(r.label) for r in procs.rows]
    best_n = max(n for n in workers if n <= cpus)
    best = procs[str(best_n)]
    serial = out.section("serial, s")["1"]
    timed = out.section("processes, s by")[str(best_n)]
    fraction = out.values.get("serial fraction (Amdahl fit)")
    ideal = _ideal(best_n, cpus, jobs)
    ideal_text = f"{ideal:g}x"
    threads_busy = max(out.section("threads, cores busy").rows,
                       key=lambda r: r.value).text
    procs_busy = max(busy.rows, key=lambda r: r.value).text
    n_busy = busy[str(best_n)]
    facts = {
        "cpus": str(cpus),
        "serial": f"{serial.text} s",
        "best_workers": str(best_n),
        "best_time": f"{timed.text} s",
        "best_speedup": f"{best.text}x",
        "threads_busy": threads_busy,
    }
    # A speed-up compares two calls made at different moments; only the
    # cores busy at once show that the workers really ran side by side.
    starved = n_busy.value < 0.9 * min(best_n, cpus)
    if best.value >= 0.9 * ideal and not starved:
        verdict = f"{best.text}x, close to the ideal {ideal_text}"
    elif best.value >= 0.9 * ideal:
        verdict = (f"{best.text}x, near the ideal {ideal_text} only in "
                   f"appearance: the workers kept just {n_busy.text} cores "
                   "busy at once, and the loop they are compared with was "
                   "slowed as well, so something else had part of the "
                   "CPUs during this run")
    elif n_busy.value < 0.9 * ideal:
        verdict = (f"{best.text}x, short of the ideal {ideal_text}: the "
                   f"workers kept only {n_busy.text} cores busy at once, "
                   "so something else had part of the CPUs")
    else:
        verdict = (f"{best.text}x, short of the ideal {ideal_text}: the "
                   f"workers kept {n_busy.text} cores busy, but the jobs "
                   f"took {cpu_time[str(best_n)].text} s of CPU time "
                   f"against {out.values['CPU time of the jobs, serial']} "
                   "in the loop (cores that share caches, or slow their "
                   "clocks when all are busy, do less each)")
    facts["verdict"] = verdict
    if cpus == 1:
        facts["gil"] = (f"Threads kept at most {threads_busy} cores busy, "
                        f"processes {procs_busy}: with one usable CPU "
                        "neither can run two jobs at once.")
    elif float(procs_busy) > 1.2 * float(threads_busy):
        facts["gil"] = (f"Threads keep at most {threads_busy} cores busy "
                        f"whatever their number, where processes reach "
                        f"{procs_busy}: only the thread holding the GIL "
                        "runs Python code.")
    else:
        facts["gil"] = (f"Threads kept at most {threads_busy} cores busy "
                        f"and processes no more ({procs_busy}): something "
                        "else had part of the CPUs during this run, so it "
                        "does not show what the GIL costs threads.")
    if workers[-1] > cpus:
        most = max(busy.rows, key=lambda r: r.value).text
        facts["beyond"] = (
            f"Workers beyond the {cpus} CPUs cannot add cores: they take "
            f"turns, and the *cores busy* rows never go past {most}.")
    else:
        facts["beyond"] = ""
    facts["fit"] = (f"The fit gives *f* = {fraction}." if fraction else
                    "With one usable CPU there is nothing to fit.")
    if out.values["free-threaded build"] == "no":
        facts["free_threaded"] = (
            "The run prints `free-threaded build: no`: the site was built "
            "with a standard CPython, so there is no line for threads "
            "without a GIL here.")
    else:
        facts["free_threaded"] = (
            "The run prints `free-threaded build: yes` and `GIL enabled: "
            f"{out.values['GIL enabled']}`: its threads line is what a "
            "free-threaded build gives.")
    if interps:
        top = max(interps.rows, key=lambda r: r.value)
        i_busy = max(out.section("interpreters, cores busy").rows,
                     key=lambda r: r.value).text
        workers_text = f"{top.label} worker{'s' * (top.label != '1')}"
        if float(i_busy) > 1.2 * float(threads_busy):
            facts["interpreters"] = (
                f"A pool of interpreters, one per worker thread, reached "
                f"{top.text}x with {workers_text} and kept up to {i_busy} "
                f"cores busy, where threads never passed {threads_busy}: "
                "each interpreter has a GIL of its own, so their threads "
                "run Python code at once, in one process.")
        elif float(procs_busy) > 1.2 * float(threads_busy):
            facts["interpreters"] = (
                f"A pool of interpreters, one per worker thread, kept at "
                f"most {i_busy} cores busy in this run, about as many as "
                f"the threads ({threads_busy}) and fewer than the "
                f"processes ({procs_busy}), although each interpreter has "
                "a GIL of its own: here they did not run at once.")
        else:
            facts["interpreters"] = (
                f"A pool of interpreters, one per worker thread, kept at "
                f"most {i_busy} cores busy in this run, like the threads "
                f"({threads_busy}) and the processes ({procs_busy}): the "
                "CPUs were short for all three.")
    else:
        facts["interpreters"] = (
            # No version number: each one in a fact must be printed.
            "The Python that ran it is older than "
            "`InterpreterPoolExecutor`, so there is no line for "
            "interpreters.")
    alt = (f"Speed-up against the number of workers on a machine with "
           f"{cpus} usable CPUs: processes reach {best.text}x with {best_n} "
           f"workers, against an ideal of {ideal_text}, and keep up to "
           f"{procs_busy} cores busy; threads up to {threads_busy}.")
    with draw.figure() as (fig, ax):
        ax.plot(workers, [_ideal(n, cpus, jobs) for n in workers], "--",
                color=draw.GUIDE, label=f"ideal: {jobs} jobs on min(workers, CPUs) cores")
        if fraction:
            f = float(fraction)
            ax.plot(workers, [1 / (f + (1 - f) / min(n, cpus))
                              for n in workers], ":", color=draw.GUIDE,
                    label=f"Amdahl fit, serial fraction {fraction}")
        base = serial.value
        lines = [("processes", procs, "o"), ("threads", threads, "s")]
        if interps:
            lines.append(("interpreters", interps, "^"))
        for kind, section, marker in lines:
            times = out.section(f"{kind}, s by")
            ups = [r.value for r in section.rows]
            # The spread of the times, as a spread of the speed-up; the
            # printed speed-up is rounded, so it may sit a hair outside.
            errors = [[max(0, u - base / t.high)
                       for u, t in zip(ups, times.rows)],
                      [max(0, base / t.low - u)
                       for u, t in zip(ups, times.rows)]]
            ax.errorbar(workers, ups, yerr=errors, marker=marker,
                        capsize=3, label=kind)
        ax.set_xlabel("workers")
        ax.set_ylabel("speed-up over the serial loop")
        ax.set_xticks(workers)
        ax.set_ylim(bottom=0)
        ax.legend(loc="lower right")
        return Figure(draw.svg(fig, name, alt), alt, facts)


def _close_to_best(best: str, close: list[str]) -> str:
    """A sentence: which other chunksizes' spreads overlap the best's."""
    if not close:
        return f"No other chunksize tried overlaps the spread of {best}."
    if len(close) == 1:
        which = f"The spread of {close[0]} overlaps"
    else:
        which = (f"The spreads of {', '.join(close[:-1])} and "
                 f"{close[-1]} overlap")
    return (f"{which} that of {best}: the repeats do not single out "
            "one fastest chunksize.")


def chunksize(out: Output, name: str) -> Figure:
    sweep = out.section("pool.map by chunksize")
    loop = out.section("plain loop")["loop"]
    auto = out.section("pool.map with its automatic chunksize").rows[0]
    one = sweep["1"]
    # The fastest median of the sweep (the automatic run is not part of
    # it), and the other chunksizes whose spread reaches into its own.
    best = min(sweep.rows, key=lambda r: r.value)
    close = [r.label for r in sweep.rows if r is not best
             and r.low <= best.high and best.low <= r.high]
    facts = {"tasks": out.note("tasks of").split()[0],
             "best_close": _close_to_best(best.label, close),
             "loop": f"{loop.text} ms", "one": f"{one.text} ms",
             "best_chunksize": best.label, "best": f"{best.text} ms",
             "auto_chunksize": auto.label, "auto": f"{auto.text} ms",
             "best_vs_loop": (
                 "still slower than the loop: the work is too small to be "
                 "worth sharing at all" if best.value > loop.value else
                 "faster than the loop: here the work pays for sharing")}
    alt = (f"Time of pool.map over {facts['tasks']} tiny tasks against "
           f"chunksize, on log scales: {one.text} ms with chunksize 1, "
           f"{best.text} ms at best (chunksize {best.label}); the automatic "
           f"chunksize {auto.label} took {auto.text} ms and the plain loop "
           f"{loop.text} ms.")
    sizes = [int(r.label) for r in sweep.rows]
    mids, errors = _spread(sweep)
    with draw.figure() as (fig, ax):
        ax.errorbar(sizes, mids, yerr=errors, marker="o", capsize=3,
                    label="pool.map, 2 workers")
        ax.plot([int(auto.label)], [auto.value], "D", markersize=8,
                color=draw.COLOURS[2],
                label=f"automatic chunksize ({auto.label})")
        ax.axhline(loop.value, linestyle="--", color=draw.GUIDE,
                   label="plain loop, one process")
        ax.set_xscale("log")
        ax.set_yscale("log")
        draw.plain_log(ax.xaxis)
        draw.plain_log(ax.yaxis)
        ax.set_xlabel("chunksize (tasks sent to a worker at once)")
        ax.set_ylabel("ms for all tasks")
        ax.legend(loc="upper right")
        return Figure(draw.svg(fig, name, alt), alt, facts)


def timeline(out: Output, name: str) -> Figure:
    scenarios = [s for s in out.sections if s.other]
    rows = []
    for section in scenarios:
        tasks = []
        for line in section.other:
            task, worker, times = line.split("  ")
            start, end = times.split()[:2]
            tasks.append((int(task.split()[1]), int(worker.split()[1]),
                          float(start), float(end)))
        rows.append((section.header, out.values[section.header], tasks))
    facts = {f"total_{i + 1}": total for i, (_, total, _) in
             enumerate(rows)}
    alt = ("Timelines of 12 tasks on 2 workers: " + "; ".join(
        f"{title} took {total}" for title, total, _ in rows) +
        ". With a chunksize of 6 one worker runs all three long tasks "
        "while the other sits idle.")
    with draw.figure(rows=len(rows), height=1.3 * len(rows) + 0.6,
                     sharex=True) as (fig, axes):
        for ax, (title, total, tasks) in zip(axes, rows):
            for index, worker, start, end in tasks:
                long_task = end - start > 0.2
                colour = draw.COLOURS[1 if long_task else 0]
                ax.barh(worker, end - start, left=start, height=0.6,
                        color=colour, edgecolor="white", linewidth=0.5)
                if long_task:
                    ax.text((start + end) / 2, worker, str(index),
                            ha="center", va="center", color="white",
                            fontsize=8)
            ax.set_yticks([1, 2], ["worker 1", "worker 2"])
            ax.set_ylim(2.6, 0.4)
            ax.set_title(f"{title}: {total}", loc="left", fontsize=10)
            ax.grid(axis="y", visible=False)
        axes[-1].set_xlabel("seconds since the call; numbered: the "
                            "three long tasks")
        return Figure(draw.svg(fig, name, alt), alt, facts)


def start_cost(out: Output, name: str) -> Figure:
    process = out.section("start and join one process")
    pool = out.section("start a pool of 2 workers")
    methods = [r.label for r in process.rows]
    facts = {}
    for kind, section in (("process", process), ("pool", pool)):
        for row in section.rows:
            facts[f"{kind}_{row.label}"] = f"{row.text} ms"
    alt = ("Start-up cost by start method: one process " + ", ".join(
        f"{r.label} {r.text} ms" for r in process.rows) +
        "; a pool of 2 up to its first result " + ", ".join(
        f"{r.label} {r.text} ms" for r in pool.rows) + ".")
    with draw.figure(height=2.8) as (fig, ax):
        ys = range(len(methods))
        for offset, (label, section) in enumerate(
                (("one process, start and join", process),
                 ("pool of 2, to its first result", pool))):
            mids, errors = _spread(section)
            ax.barh([y + 0.38 * offset - 0.19 for y in ys], mids,
                    height=0.36, xerr=errors, capsize=3, label=label,
                    color=draw.COLOURS[offset],
                    error_kw={"ecolor": draw.INK})
        ax.set_yticks(list(ys), methods)
        ax.set_ylim(len(methods) - 0.4, -0.6)
        ax.set_xscale("log")
        draw.plain_log(ax.xaxis)
        ax.set_xlabel("milliseconds (log scale)")
        ax.grid(axis="y", visible=False)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2)
        return Figure(draw.svg(fig, name, alt), alt, facts)


def transfer(out: Output, name: str) -> Figure:
    routes = [s for s in out.sections if "MiB/s by payload" in s.header]
    facts = {}
    for section in routes:
        route = section.header.split(",")[0]
        facts[f"{route}_small"] = f"{section.rows[0].text} MiB/s"
        facts[f"{route}_large"] = f"{section.rows[-1].text} MiB/s"
    small, large = routes[0].rows[0].label, routes[0].rows[-1].label
    alt = (f"Throughput by payload size, parent to child, timed until "
           f"the child's short reply: at "
           f"{large}, " + ", ".join(
               f"{s.header.split(',')[0]} {s.rows[-1].text} MiB/s"
               for s in routes) + f"; at {small}, " + ", ".join(
               f"{s.header.split(',')[0]} {s.rows[0].text} MiB/s"
               for s in routes) + ".")
    with draw.figure() as (fig, ax):
        for index, section in enumerate(routes):
            labels = [r.label for r in section.rows]
            mids, errors = _spread(section)
            ax.errorbar(range(len(labels)), mids, yerr=errors, marker="o",
                        capsize=3, label=section.header.split(",")[0])
        ax.set_xticks(range(len(labels)), labels)
        ax.set_yscale("log")
        draw.plain_log(ax.yaxis)
        ax.set_xlabel("payload")
        ax.set_ylabel("MiB/s, payload over round-trip time")
        ax.legend(loc="lower right")
        return Figure(draw.svg(fig, name, alt), alt, facts)


def pickle_cost(out: Output, name: str) -> Figure:
    times = out.section("pickle.dumps + pickle.loads")
    sizes = out.section("pickled size")
    facts = {}
    for row in times.rows:
        key = re.sub(r"\W+", "_", row.label.lower()).strip("_")
        facts[f"time_{key}"] = f"{row.text} ms"
        facts[f"size_{key}"] = f"{sizes[row.label].text} MB"
    alt = ("Time to pickle and unpickle: " + ", ".join(
        f"{r.label} {r.text} ms ({sizes[r.label].text} MB pickled)"
        for r in times.rows) + ".")
    with draw.figure(height=2.8) as (fig, ax):
        mids, errors = _spread(times)
        ys = range(len(times.rows))
        ax.barh(list(ys), mids, xerr=errors, capsize=3, height=0.6,
                error_kw={"ecolor": draw.INK})
        ax.set_yticks(list(ys), [r.label for r in times.rows])
        ax.set_ylim(len(times.rows) - 0.4, -0.6)
        ax.set_xlabel("ms for dumps + loads")
        ax.grid(axis="y", visible=False)
        return Figure(draw.svg(fig, name, alt), alt, facts)


def _work_verdict(work, serial, cpus: int, jobs: int) -> str:
    """What the CPU-bound panel says, true whatever the run measured."""
    slow = [f"`{r.label}`" for r in work.rows
            if r.label != "serial" and r.value >= serial.value]
    rest = ("the choice between these tools is about start-up, task size "
            "and where the work runs, not about raw speed.")
    if cpus < 2:
        return ("With one usable CPU the two workers take turns, so no way "
                "can beat the loop here; " + rest)
    if not slow:
        return ("Every way beat the loop: jobs far longer than a "
                "millisecond hide a millisecond of overhead, and " + rest)
    names = ", ".join(slow[:-1]) + (" and " if len(slow) > 1 else "") \
        + slow[-1]
    best = min(r.value for r in work.rows if r.label != "serial")
    none_near = (", and no way came near half its time"
                 if best > 0.6 * serial.value else "")
    return (f"In this run {names} did not beat the loop{none_near}. Two "
            f"workers on two free CPUs share the {jobs} jobs and need "
            "about half the loop's time, whatever the tool, since every "
            "per-task cost above is far smaller than a job; so while that "
            "part ran, other work on the machine took a CPU. Beyond that, "
            + rest)


def frameworks(out: Output, name: str) -> Figure:
    start = out.section("start to first result")
    overhead = out.section("per-task overhead")
    work = out.section(next(s.header for s in out.sections
                            if "prime counts" in s.header))
    serial = work["serial"]
    ways = [r.label for r in start.rows]
    facts = {"serial": f"{serial.text} s",
             "jobs": work.header.split()[0]}
    for row in start.rows:
        facts[f"start_{row.label}"] = f"{row.text} ms"
    for row in overhead.rows:
        facts[f"task_{row.label}"] = f"{row.text} µs"
    for row in work.rows:
        facts[f"work_{row.label}"] = f"{row.text} s"
    quickest = min(start.rows, key=lambda r: r.value)
    slowest = max(start.rows, key=lambda r: r.value)
    facts["start_range"] = (f"from {quickest.text} ms (`{quickest.label}`) "
                            f"to {slowest.text} ms (`{slowest.label}`)")
    facts["method"] = out.values[
        "start method of Pool and ProcessPoolExecutor"]
    std = sorted((start[label] for label in
                  ("Pool", "ProcessPoolExecutor")), key=lambda r: r.value)
    facts["start_std"] = " and ".join(f"{r.text} ms (`{r.label}`)"
                                      for r in std)
    facts["ray_vs_dask"] = ("lower" if overhead["Ray"].value
                            < overhead["Dask"].value else "higher")
    facts["work_verdict"] = _work_verdict(work, serial, _cpus(out),
                                         int(facts["jobs"]))
    # "2 (Dask-Offload_0, MainThread)": what outlived Dask and Ray.
    names = out.values["threads left in this process"].split(" (", 1)[1]
    left = [f"`{n}`" for n in names[:-1].split(", ") if n != "MainThread"]
    listed = " and ".join([", ".join(left[:-1]), *left[-1:]]
                          if len(left) > 1 else left)
    facts["threads_left"] = (
        "once every way has stopped, the last line of the output still "
        f"lists {listed} beside the main thread" if left else
        "in this run no thread outlived its library, as the last line of "
        "the output shows, but nothing promises that")
    alt = ("Five ways to run tasks on one machine. Start to first "
           "result: " + ", ".join(f"{r.label} {r.text} ms"
                                   for r in start.rows) +
           ". Per-task overhead: " + ", ".join(
               f"{r.label} {r.text} µs" for r in overhead.rows) +
           f". The CPU-bound jobs: serial {serial.text} s, " + ", ".join(
               f"{r.label} {r.text} s" for r in work.rows
               if r.label != "serial") + ".")
    panels = ((start, "ms from nothing to the first result (log)", True),
              (overhead, "µs added per task (log)", True),
              (work, f"s for the {facts['jobs']} CPU-bound jobs", False))
    with draw.figure(rows=3, height=6.6) as (fig, axes):
        for ax, (section, label, log) in zip(axes, panels):
            rows = [r for r in section.rows if r.label in ways]
            ys = list(range(len(rows)))
            mids = [r.value for r in rows]
            errors = [[max(0, m - r.low) for m, r in zip(mids, rows)],
                      [max(0, r.high - m) for m, r in zip(mids, rows)]]
            ax.barh(ys, mids, xerr=errors, capsize=3, height=0.6,
                    color=draw.COLOURS[:len(rows)],
                    error_kw={"ecolor": draw.INK})
            ax.set_yticks(ys, [r.label for r in rows])
            ax.set_ylim(len(rows) - 0.4, -0.6)
            if log:
                ax.set_xscale("log")
                draw.plain_log(ax.xaxis)
            else:
                ax.axvline(serial.value, linestyle="--", color=draw.GUIDE,
                           label=f"serial loop, {serial.text} s")
                # Above the panel: inside it, it would cover a bar.
                ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0))
            ax.set_xlabel(label)
            ax.grid(axis="y", visible=False)
        return Figure(draw.svg(fig, name, alt), alt, facts)


FIGURES = {
    "lab_speedup/speedup.py": speedup,
    "lab_tasks/chunksize_sweep.py": chunksize,
    "lab_tasks/timeline.py": timeline,
    "lab_start/start_cost.py": start_cost,
    "lab_data/transfer.py": transfer,
    "lab_data/pickle_cost.py": pickle_cost,
    "lab_frameworks/compare.py": frameworks,
}
