"""The built site and one Chromium, shared by every browser test of a
session (loaded as a plugin by conftest.py)."""
from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import sync_playwright

from tools.building import offline, site
from tools.building.browser import launch, serving
from tools.paths import ROOT


class Site:
    """One way of reading the site: over HTTP, or from disk."""

    def __init__(self, kind: str, base: str):
        self.kind, self.base = kind, base

    def url(self, page: str = "") -> str:
        if self.kind == "served":
            return self.base + (page + "/" if page else "")
        return self.base + (page + ".html" if page else "index.html")

    def is_own(self, url: str) -> bool:
        own = urlparse(self.base)
        other = urlparse(url)
        return (other.scheme, other.netloc) == (own.scheme, own.netloc) \
            or other.scheme in {"data", "blob", "about"}


@pytest.fixture(scope="session")
def built():
    if not (ROOT / "site" / "index.html").is_file() or not offline.ZIP.is_file():
        site.main()


@pytest.fixture(scope="session")
def served(built):
    with serving(ROOT / "site") as base:
        yield Site("served", base)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()
