"""The rebuild timer edits a real page and a real snippet; stopped, it puts
both back."""
import os
import signal
import sys
from types import SimpleNamespace

import pytest

from tools.measuring import rebuild


class NotHandled(Exception):
    pass


def _not_handled(signum, frame):
    raise NotHandled("SIGTERM reached the handler the test set")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signal")
def test_a_timer_stopped_by_sigterm_puts_back_what_it_edited(
        tmp_path, monkeypatch):
    page = tmp_path / "docs" / rebuild.EDITED_PAGE
    page.parent.mkdir(parents=True)
    page.write_text("# A page\n")
    snippet = tmp_path / "hello.py"
    snippet.write_text("print('hello')\n")
    monkeypatch.setattr(rebuild, "DOCS", tmp_path / "docs")
    monkeypatch.setattr(rebuild.catalog, "get",
                        lambda name: SimpleNamespace(path=snippet))
    edited = []

    def build(site, docs, first=False):
        # Stopped while the build of the edited snippet runs.
        if snippet.read_text() != "print('hello')\n":
            edited.append(snippet.read_text())
            os.kill(os.getpid(), signal.SIGTERM)
        return 0.0

    monkeypatch.setattr(rebuild, "_build", build)
    previous = signal.signal(signal.SIGTERM, _not_handled)
    try:
        with pytest.raises(SystemExit) as stopped:
            rebuild.main([])
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert stopped.value.code == 128 + signal.SIGTERM
    assert edited, "the snippet was never edited"
    assert snippet.read_text() == "print('hello')\n"
    assert page.read_text() == "# A page\n"
