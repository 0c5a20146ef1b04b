"""axe-core's WCAG 2.0 and 2.1 A and AA rules over every page of a built
site, in the light scheme and the dark one; prints one line per element
that breaks a rule.

    python -m tools.measuring.axe [SITE]     # site/ unless given

axe-core (npm, pinned below with its digest) is fetched once with npm into
.cache/npm, as the offline copy's search shim is, and injected into each
page. The scheme is the reader's: Chromium is told the system prefers
light or dark, and Material picks the palette whose media query matches,
as on a first visit. Every page is audited with its collapsed blocks
(``details``) opened. tests/test_accessibility.py runs the same audit
and fails on any violation.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from tools.building import npm
from tools.paths import ROOT

PACKAGE = "axe-core@4.14.1"
INTEGRITY = ("sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5"
             "qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==")
# WCAG 2.0 and 2.1, levels A and AA.
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# What the system prefers, and the palette Material shows for it.
SCHEMES = {"light": "default", "dark": "slate"}


class AxeUnavailable(Exception):
    pass


def script() -> Path:
    """axe-core's browser bundle, fetched once with npm and verified."""
    try:
        return npm.packed_file(PACKAGE, INTEGRITY, "axe.min.js",
                               "the accessibility audit")
    except npm.Unavailable as error:
        raise AxeUnavailable(str(error)) from None


def pages(site: Path) -> list[str]:
    """Every page of a site built with directory URLs, as paths from its
    root: "" for the home page, "lab/speedup/", "404.html"."""
    found = []
    for path in site.rglob("*.html"):
        name = path.relative_to(site).as_posix()
        found.append(name.removesuffix("index.html"))
    return sorted(found)


@dataclass(frozen=True)
class Violation:
    scheme: str
    page: str
    rule: str
    target: str  # the element, as a CSS selector
    detail: str  # axe's reason, with the colours and ratio for contrast

    def __str__(self) -> str:
        return (f"{self.scheme} /{self.page}: {self.rule} at {self.target}"
                f" ({self.detail})")


_START = """([tags, within]) => {
    document.querySelectorAll('details:not([open])')
        .forEach(block => { block.open = true; });
    // axe.run() does much of its work before it returns its promise:
    // started from a timer, it leaves this call at once, and the audits
    // in other tabs run meanwhile.
    window.axeViolations = new Promise(go => setTimeout(go)).then(
        () => axe.run(within || document, {
            runOnly: {type: 'tag', values: tags},
            resultTypes: ['violations'],
        })).then(result => result.violations.flatMap(rule => rule.nodes.map(
        node => ({
            rule: rule.id,
            target: node.target.map(String).join(' >>> '),
            detail: [...node.any, ...node.all, ...node.none]
                .map(check => check.message).join('; ') || rule.help,
        }))));
}"""


def start(page, scheme: str, within: str | None = None) -> None:
    """Start axe on the page loaded in ``page`` (Playwright's), or on the
    part ``within`` selects, once its palette is ``scheme``'s and no
    colour is still changing; ``violations`` waits for the result."""
    page.wait_for_function(
        f"document.body.dataset.mdColorScheme === '{SCHEMES[scheme]}'")
    page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running')")
    if not page.evaluate("typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(script()))
    page.evaluate(_START, [TAGS, within])


def violations(page, scheme: str, name: str) -> list[Violation]:
    found = page.evaluate("() => window.axeViolations")
    return [Violation(scheme, name, **item) for item in found]


def audit_site(browser, base: str, names: list[str]) -> list[Violation]:
    """Every page of the site served at ``base`` in each scheme. A browser
    context per scheme, so the palette a first visit stores carries from
    page to page as for a reader; the schemes' audits of a page run side
    by side, each in its own renderer."""
    contexts = {scheme: browser.new_context(
        color_scheme=scheme, viewport={"width": 1280, "height": 900})
        for scheme in SCHEMES}
    try:
        tabs = {scheme: context.new_page()
                for scheme, context in contexts.items()}
        found: list[Violation] = []
        auditing: dict[str, str] = {}  # scheme -> the page its tab audits
        for name in [*names, None]:
            # While one tab's audit runs, the other tab loads its next page.
            for scheme, tab in tabs.items():
                if scheme in auditing:
                    found += violations(tab, scheme, auditing.pop(scheme))
                if name is not None:
                    tab.goto(base + name, wait_until="load")
                    start(tab, scheme)
                    auditing[scheme] = name
        return found
    finally:
        for context in contexts.values():
            context.close()


def report(found: list[Violation], limit: int = 200) -> str:
    """One line per violation (the first ``limit``), then a count per
    scheme and rule."""
    lines = [str(v) for v in found[:limit]]
    if len(found) > limit:
        lines.append(f"… and {len(found) - limit} more")
    counts: dict[tuple[str, str], int] = {}
    for v in found:
        counts[v.scheme, v.rule] = counts.get((v.scheme, v.rule), 0) + 1
    lines += [f"{scheme} {rule}: {count}"
              for (scheme, rule), count in sorted(counts.items())]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    from playwright.sync_api import sync_playwright

    from tools.building.browser import launch, serving

    site = Path(argv[0]) if argv else ROOT / "site"
    if not (site / "index.html").is_file():
        sys.exit(f"no built site in {site}: run `make site` first")
    names = pages(site)
    with serving(site) as base, sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            found = audit_site(browser, base, names)
        finally:
            browser.close()
    if found:
        print(report(found))
    for scheme in SCHEMES:
        count = sum(v.scheme == scheme for v in found)
        print(f"{scheme}: {len(names)} pages, {count} violations")
    return 1 if found else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except AxeUnavailable as error:
        sys.exit(f"no accessibility audit: {error}")
