"""A measurement stopped with SIGTERM (`kill`, `timeout`, a CI job's end)
cleans up as on Ctrl-C: the signal raises SystemExit, so every ``finally``
runs. The flake check stops its load processes that way; the rebuild
timer puts back the page and the snippet it edited."""
from __future__ import annotations

import signal


def _unwind(signum, frame):
    raise SystemExit(128 + signum)


def like_ctrl_c() -> None:
    signal.signal(signal.SIGTERM, _unwind)
