"""WCAG 2.0 and 2.1, levels A and AA, as axe-core checks them
(tools/measuring/axe.py): every page of the served site in the light and
the dark scheme, and a glossary tooltip in both. Each failure names the
scheme, the page, the rule and the element.

Needs Chromium, as tests/test_browser.py does, and npm once to fetch
axe-core.
"""
from __future__ import annotations

import pytest

from tools.measuring import axe
from tools.paths import ROOT

pytestmark = pytest.mark.browser


def test_every_page_meets_wcag_aa_in_both_schemes(browser, served):
    names = axe.pages(ROOT / "site")
    assert len(names) >= 9, names
    found = axe.audit_site(browser, served.base, names)
    assert not found, ("axe-core (WCAG A and AA) violations:\n"
                       + axe.report(found))


@pytest.mark.parametrize("scheme", list(axe.SCHEMES))
def test_a_glossary_tooltip_meets_wcag_aa(browser, served, scheme):
    """Material draws a term's tooltip only while it is hovered, so the
    page audits never see one."""
    context = browser.new_context(color_scheme=scheme,
                                  viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        name = "tutorial/first-process/"
        page.goto(served.base + name, wait_until="load")
        page.locator(".md-content p abbr[title]").first.hover()
        page.locator(".md-tooltip2--active").wait_for(state="visible")
        axe.start(page, scheme, within=".md-tooltip2--active")
        found = axe.violations(page, scheme, name)
    finally:
        context.close()
    assert not found, axe.report(found)
