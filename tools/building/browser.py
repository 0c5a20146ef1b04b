"""A local web server for a built site, and Chromium to look at it."""
from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import mimetypes
import threading
from pathlib import Path

DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
# Without the networking flags Chromium phones home at start-up.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _GzipHandler(_QuietHandler):
    """Text compressed on the fly when the browser accepts it, as GitHub
    Pages serves a site."""

    COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")

    def do_GET(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in self.COMPRESSED
                and path.is_file()):
            return super().do_GET()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", mimetypes.guess_type(path.name)[0]
                         or "application/octet-stream")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serving(directory: Path, compressed: bool = False):
    """Serve ``directory`` on a free loopback port; yield its base URL."""
    kind = _GzipHandler if compressed else _QuietHandler
    handler = functools.partial(kind, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


def launch(playwright):
    """Debian's Chromium where installed, else Playwright's own."""
    options = {"args": FLAGS}
    if DEBIAN_CHROMIUM.exists():
        options["executable_path"] = str(DEBIAN_CHROMIUM)
    return playwright.chromium.launch(**options)
