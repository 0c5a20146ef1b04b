"""Run many snippets, reusing stored results and keeping timings honest."""
from __future__ import annotations

import os
import traceback
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from tools.running import leftovers, results, runner
from tools.running.catalog import Snippet
from tools.running.fingerprint import content_hash
from tools.running.interpreters import Interpreter


@dataclass(frozen=True, eq=False)
class Job:
    snippet: Snippet
    interpreter: Interpreter
    method: str

    @property
    def key(self) -> tuple[str, str, str]:
        return self.snippet.name, self.interpreter.key, self.method

    def execute(self) -> runner.Run:
        code = content_hash(self.snippet.path)
        with leftovers.recorded(" ".join(
                (self.snippet.name, self.interpreter.version, self.method))):
            run = runner.run(self.snippet.name, self.snippet.path,
                             self.method, self.interpreter,
                             self.snippet.timeout)
        run.content_hash = code
        return run


def jobs_for(snippets, interpreters) -> list[Job]:
    return [Job(s, i, m) for s in snippets for i, m in s.matrix(interpreters)]


def problem(snippet: Snippet, run: runner.Run) -> str | None:
    """Why the run is not what the snippet declares, or None."""
    expected = snippet.expected_exit(run.method, runner.minor(run.python))
    if run.timed_out:
        what = f"hung and was killed after {snippet.timeout:g} s"
    elif run.exit_code != expected:
        what = f"exited with {run.exit_code}, expected {expected}"
    else:
        return None
    return f"{run.describe()} {what}. Last lines:\n{run.tail()}"


def wrong_output(run: runner.Run, error: AssertionError) -> str:
    return (f"{run.describe()} printed something wrong: {error}\n"
            f"--- last lines of its output ---\n{run.tail()}")


def default_workers() -> int:
    """Runs side by side: MPGUIDE_WORKERS, or one more than the cores.
    About half of a run's time is spent waiting (sleeps, timeouts,
    children starting), so one run per core left a third of the CPU idle
    (2 runs on 2 cores: 66% busy, 3 runs: 76%, on one Python's matrix)."""
    return (int(os.environ.get("MPGUIDE_WORKERS", 0))
            or (os.cpu_count() or 1) + 1)


class RunsFailed(RuntimeError):
    """The runner itself failed on some jobs (not a snippet's own failure,
    which is a Run); the message has each one's traceback."""

    def __init__(self, errors: dict[tuple, str]):
        self.errors = errors
        super().__init__("\n\n".join(
            f"{' '.join(key)}:\n{text}" for key, text in errors.items()))


def ensure(jobs: list[Job], fresh: bool = False,
           errors: dict | None = None) -> dict[tuple, runner.Run]:
    """A run for every job: stored ones unless ``fresh``, new ones otherwise.

    Snippets marked ``alone`` measure time, so they run with nothing beside
    them (a timing taken on a busy machine is wrong); the rest run
    :func:`default_workers` at a time.

    A job the runner cannot run (an exception, not a failing snippet) stops
    no other job: its traceback goes into ``errors`` (job key -> text) when
    given, else all of them are raised together as :class:`RunsFailed` once
    every other job has run.
    """
    done: dict[tuple, runner.Run] = {}
    failed: dict[tuple, str] = {} if errors is None else errors
    todo = []
    for job in jobs:
        stored = None if fresh else results.load(
            job.snippet, job.interpreter, job.method)
        if stored is not None:
            done[job.key] = stored
        else:
            todo.append(job)

    def execute(job: Job) -> None:
        try:
            run = job.execute()
            results.save(job.snippet, run)
        except Exception:
            failed[job.key] = traceback.format_exc()
            return
        done[job.key] = run

    for job in [j for j in todo if j.snippet.alone]:
        execute(job)
    shared = [j for j in todo if not j.snippet.alone]
    with ThreadPoolExecutor(default_workers()) as pool:
        list(pool.map(execute, shared))
    if failed and errors is None:
        raise RunsFailed(failed)
    return done


def fresh_requested() -> bool:
    """CI re-runs everything; a local run reuses what is still valid."""
    return os.environ.get("CI", "").lower() == "true"
