"""The built site in a real browser: served over HTTP and opened from disk.

Needs Chromium: Debian's /usr/bin/chromium where present, else Playwright's
own (`python -m playwright install chromium`). Both sites are built first
if missing (`python -m tools.building.site`).
"""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from urllib.parse import urljoin, urlparse
from urllib.request import url2pathname

import pytest

from site_fixtures import Site

from tools.building import offline, render
from tools.running import catalog, execute, runner
from tools.running.interpreters import page_python
from tools.paths import DOCS, SNIPPETS

pytestmark = pytest.mark.browser

# Found only in what a snippet printed (printing/unordered.py), never in a
# page's text or a script's source.
OUTPUT_ONLY_TERM = "4499998500000"


@pytest.fixture(scope="session")
def from_disk(built, tmp_path_factory):
    folder = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(offline.ZIP) as archive:
        archive.extractall(folder)
    return Site("offline", (folder / offline.ZIP.stem).as_uri() + "/")


@pytest.fixture(params=["served", "offline"])
def where(request):
    return request.getfixturevalue(
        "served" if request.param == "served" else "from_disk")


class Tab:
    """A browser tab that records console errors and foreign requests."""

    def __init__(self, browser, where: Site, **options):
        self.where = where
        self.context = browser.new_context(**options)
        self.context.grant_permissions(["clipboard-read", "clipboard-write"])
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("console", lambda m: m.type == "error"
                     and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: None if where.is_own(r.url)
                     else self.foreign.append(r.url))

    def open(self, page: str = ""):
        self.page.goto(self.where.url(page))
        self.page.wait_for_load_state("load")
        return self.page

    def close(self):
        self.context.close()
        assert not self.errors, f"console errors: {self.errors}"
        assert not self.foreign, f"requests to other hosts: {self.foreign}"


@pytest.fixture
def tab(browser, where):
    opened = Tab(browser, where, viewport={"width": 1280, "height": 900})
    yield opened
    opened.close()


def _nav_pages(tab) -> list[str]:
    """Every page in the navigation, as Site.url() names it."""
    page = tab.open()
    hrefs = page.eval_on_selector_all(
        "nav.md-nav--primary a.md-nav__link[href]",
        "links => links.map(a => a.href)")
    names = set()
    for href in hrefs:
        path = href.split("#")[0][len(tab.where.base):]
        name = re.sub(r"(/|\.html)$", "", path)
        names.add("" if name in {"", "index"} else name)
    return sorted(names)


def test_every_page_loads_cleanly(tab):
    pages = _nav_pages(tab)
    assert len(pages) >= 9, pages
    for name in pages:
        page = tab.open(name)
        assert page.locator("h1").count() == 1, name
    # tab.close() asserts: no console error, no request to another host


def test_no_horizontal_scroll_on_a_phone(browser, where):
    phone = Tab(browser, where, viewport={"width": 390, "height": 844},
                is_mobile=True, has_touch=True, device_scale_factor=2)
    try:
        for name in _nav_pages(phone):
            page = phone.open(name)
            wide = page.evaluate("document.documentElement.scrollWidth")
            assert wide <= 390, f"{name or 'home'} is {wide}px wide"
    finally:
        phone.close()


def test_search_finds_a_term_only_in_a_captured_output(tab):
    sources = [*DOCS.rglob("*.md"), *SNIPPETS.rglob("*.py")]
    assert not any(OUTPUT_ONLY_TERM in p.read_text(encoding="utf-8")
                   for p in sources)
    page = tab.open()
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator(".md-search__input").focus()
    page.keyboard.type(OUTPUT_ONLY_TERM, delay=20)
    result = page.locator(".md-search-result__item a").first
    result.wait_for(timeout=15_000)
    assert "ordered-output" in result.get_attribute("href")


# What a reader types (error messages, API names, concepts) and the page
# that explains it, which must be the first result. A pasted message finds
# its entry among the error messages (docs/errors/), which gives cause and
# fix and links to the run; the other pages that explain it at length are
# accepted too.
SEARCHES = [
    ("Can't pickle local object", "errors/pickling-and-os",
     "pitfalls/pickling"),
    ("should only be shared between processes through inheritance",
     "errors/processes", "errors/pickling-and-os", "pitfalls/pickling"),
    ("context has already been set", "errors/start-methods",
     "pitfalls/starting"),
    ("daemonic processes are not allowed to have children",
     "errors/processes", "pitfalls/starting"),
    ("cannot pickle 'generator' object", "errors/pickling-and-os",
     "errors/pools", "pitfalls/pickling"),
    ("An attempt has been made to start a new process",
     "errors/start-methods", "pitfalls/starting"),
    ("BrokenProcessPool", "reference/process-pool-executor"),
    ("imap_unordered", "reference/pool-methods"),
    ("ShareableList", "reference/shared-memory"),
    ("QueueHandler", "howto/log-from-processes"),
    ("chunksize", "howto/tune-chunksize"),
    ("copy-on-write", "explanation/copy-on-write"),
    ("zombie", "pitfalls/running"),
    ("terminate_workers", "reference/process-pool-executor"),  # 3.14+
    # In production: messages a run here cannot print (no GPU) or that
    # a tool prints (pytest-timeout), and pickle's own.
    ("Cannot re-initialize CUDA in forked subprocess",
     "production/data-science"),
    ("it's not the same object as __main__", "production/data-science"),
    ("pytest importlib hangs", "production/testing"),
    ("coverage multiprocessing", "production/testing"),
    # Dask's, at a cluster's close: the script shown turns it off.
    ("Failed to communicate with scheduler during heartbeat",
     "beyond/cluster"),
    ("add_note traceback", "howto/task-errors"),
]


def _search(page, query: str) -> list[str]:
    """The addresses of the search results for ``query``, best first."""
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator(".md-search__input")
    meta = page.locator(".md-search-result__meta")
    # Cleared first, so the count shown next belongs to this query alone.
    box.fill("")
    box.press("End")
    meta.filter(has_text="Type to start searching").wait_for(timeout=15_000)
    box.fill(query)
    box.press("End")
    meta.filter(has_text="matching").wait_for(timeout=15_000)
    return page.eval_on_selector_all(
        ".md-search-result__item > a", "links => links.map(a => a.href)")


def _on(url: str, page: str) -> bool:
    """Whether a result's address is on the page (served: page/, offline:
    page.html)."""
    return f"/{page}/" in url or f"/{page}.html" in url


# What a traceback's frames look like; a result's excerpt shows prose, the
# heading it comes from and the exception line, never these.
FRAME_TEXT = re.compile(r'Traceback \(most recent call last\)|File "')


def test_search_finds_the_explaining_page_first(tab):
    page = tab.open()
    wrong, unreadable = {}, {}
    for query, *expected in SEARCHES:
        results = _search(page, query)
        if not results or not any(_on(results[0], p) for p in expected):
            wrong[query] = results[:3]
        first = page.locator(".md-search-result__item").first.inner_text()
        if FRAME_TEXT.search(first):
            unreadable[query] = first[:300]
    assert not wrong, f"first results that are not the explaining page: {wrong}"
    assert not unreadable, f"excerpts with traceback frames: {unreadable}"


def test_query_syntax_in_a_pasted_line_does_not_empty_the_results(tab):
    # lunr reads "Worker-1:" as a field named 1 (overrides/main.html), and
    # failed on the word 0 with another separator (mkdocs.yml).
    page = tab.open()
    for query in ["Process ForkServerPoolWorker-1:", 'Reason: "x" ^2 ~1',
                  "Chunksize must be 1+, not 0"]:
        assert _search(page, query), query


def test_a_pasted_error_message_finds_a_page_that_explains_it_first(tab):
    # Each message a snippet's output shows, as a reader copies it from
    # their terminal (error_index.pastes): exception name, first line.
    # A line of fewer than three words ("Process Process-1:") names no
    # error that any search could tell apart.
    if tab.where.kind == "offline":
        pytest.skip("the same index and ranking as the served site; the "
                    "offline copy's own worker is searched by the test "
                    "above")
    from tools.building import error_index
    from tools.building.messages import listing

    pasted = {line: where for line, where in
              error_index.pastes(error_index.rows(listing.messages())).items()
              if len(set(re.findall(r"[a-z]{2,}", line.lower()))) >= 3}
    assert len(pasted) >= 100, len(pasted)
    page = tab.open()
    wrong = {}
    for query, where in pasted.items():
        results = _search(page, query)
        pages = [p.removesuffix(".md").removesuffix(".ipynb") for p in where]
        if not results or not any(_on(results[0], p) for p in pages):
            wrong[query] = (results[:2], where)
    assert not wrong, (f"{len(wrong)} of {len(pasted)} messages first find "
                       f"another page: {wrong}")


def test_search_index_loads_when_the_reader_searches(tab):
    if tab.where.kind == "offline":
        pytest.skip("from disk the index is a script the page loads "
                    "itself; nothing is transferred")
    asked: list[str] = []
    tab.page.on("request", lambda r: "search_index" in r.url
                and asked.append(r.url))
    page = tab.open("tutorial/first-process")
    page.wait_for_load_state("networkidle")
    assert not asked, "the index was fetched before anyone searched"
    assert _search(page, "BrokenProcessPool"), "no result once asked"
    assert len(asked) == 1, asked


def _copy(page, title: str) -> str:
    block = page.locator(f".highlight:has(span.filename:text-is('{title}'))")
    block.hover()
    block.locator("button.md-code__button[data-md-type=copy], "
                  "button.md-clipboard").first.click()
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_button_yields_the_snippet_file(tab):
    page = tab.open("tutorial/first-process")
    for name in ["process/hello.py", "process/exit_codes.py"]:
        copied = _copy(page, f"snippets/{name}")
        source = (SNIPPETS / name).read_text(encoding="utf-8")
        # The page's code block drops only the file's final newline.
        assert copied in (source, source.removesuffix("\n")), name


def _fetch(tab, url: str) -> bytes:
    if url.startswith("file:"):
        return Path(url2pathname(urlparse(url).path)).read_bytes()
    response = tab.page.request.get(url)
    assert response.ok, url
    return response.body()


def test_download_links_give_the_snippet_files(tab):
    checked = 0
    for name in ["tutorial/first-process", "howto/ordered-output"]:
        page = tab.open(name)
        for link in page.locator(".snippet-meta a[download]").all():
            href = urljoin(page.url, link.get_attribute("href"))
            snippet = href.split("/snippets/", 1)[1]
            assert _fetch(tab, href) == (SNIPPETS / snippet).read_bytes()
            checked += 1
    assert checked >= 6


def test_a_copied_snippet_runs_as_the_page_shows(tab, tmp_path):
    page = tab.open()
    copied = _copy(page, "snippets/pool/map_squares.py")
    shown = page.locator(".highlight:has(span.filename:text-is('Output'))"
                         ).first.inner_text()
    script = tmp_path / "map_squares.py"
    script.write_text(copied, encoding="utf-8")
    python = page_python()
    method = render.tab_order(python)[0]
    run = runner.run(script.name, script, method, python, 60)
    assert execute.problem(catalog.get("pool/map_squares.py"), run) is None
    assert run.output.strip() and run.output.strip() in shown


def test_a_start_method_tab_switches_every_linked_tab(tab):
    page = tab.open("explanation/what-is-multiprocessing")
    sets = page.locator(".tabbed-set")
    assert sets.count() >= 2
    for method in ["spawn", "forkserver", "fork"]:
        sets.first.locator(".tabbed-labels label").filter(
            has_text=re.compile(f"^{method}$")).click()
        chosen = page.evaluate("""() => [...document.querySelectorAll(
            '.tabbed-set')].map(set => {
                const input = set.querySelector(':scope > input:checked');
                return set.querySelector(`label[for="${input.id}"]`)
                    .innerText.trim(); })""")
        assert chosen == [method] * sets.count()


def test_the_light_dark_toggle(browser, where):
    light = Tab(browser, where, color_scheme="light")
    # Every time the page marks <body> as switching its colours.
    light.context.add_init_script("""
        window.marks = 0;
        new MutationObserver(changes => changes.forEach(change => {
            if (change.oldValue === null) window.marks++;
        })).observe(document, {subtree: true, attributeOldValue: true,
            attributeFilter: ['data-md-color-switching']});""")
    try:
        page = light.open()
        scheme = "document.body.getAttribute('data-md-color-scheme')"
        assert page.evaluate(scheme) == "default"
        # Material sets the theme colour when it has applied the palette.
        page.wait_for_function(
            "document.querySelector('meta[name=theme-color]')?.content")
        assert page.evaluate("window.marks") == 0  # none while loading
        page.locator("form[data-md-component=palette] label:visible").click()
        assert page.evaluate(scheme) == "slate"
        assert page.evaluate("window.marks") == 1  # a reader's switch is
    finally:
        light.close()


def test_programs_have_a_copy_button_and_outputs_none(tab):
    page = tab.open("pitfalls/pickling")
    counts = page.evaluate("""() => {
        const blocks = [...document.querySelectorAll('.md-content .highlight')];
        const output = b => b.querySelector('.filename')?.textContent === 'Output';
        const copy = b => b.querySelector('.md-code__button[data-clipboard-target]') !== null;
        return {
            outputs: blocks.filter(output).length,
            outputsCopy: blocks.filter(b => output(b) && copy(b)).length,
            programs: blocks.filter(b => !output(b)).length,
            programsCopy: blocks.filter(b => !output(b) && copy(b)).length,
        }; }""")
    assert counts["outputs"] > 0 and counts["outputsCopy"] == 0
    assert counts["programs"] > 0
    assert counts["programsCopy"] == counts["programs"]


def test_outputs_render_as_text(tab):
    page = tab.open("tutorial/first-process")
    text = page.locator(".md-content").inner_text()
    assert "<Process name='waiter'" in text  # a repr, shown as text


def test_only_the_online_site_links_the_offline_copy(tab):
    page = tab.open()
    link = page.locator("a.offline-download")
    if tab.where.kind == "served":
        response = page.request.get(urljoin(page.url,
                                            link.get_attribute("href")))
        assert response.ok and response.body()[:2] == b"PK"  # a zip
    else:
        assert link.count() == 0


def test_the_notebook_page_and_its_downloads(tab):
    page = tab.open("howto/jupyter")
    assert "BrokenProcessPool" in page.locator(".md-content").inner_text()
    for name in ["jupyter.ipynb", "workers.py"]:
        assert page.locator(f"a[href$='{name}']").count() >= 1


def test_lab_figures_are_images_in_the_page_colours(browser, where):
    """Each plot is an inline SVG with its finding as its accessible name,
    drawn in the text colour of the page in either scheme, and the prose
    around it has no placeholder left."""
    for scheme in ("light", "dark"):
        reader = Tab(browser, where, color_scheme=scheme)
        try:
            page = reader.open("lab/speedup")
            if scheme == "dark":
                page.locator(
                    "form[data-md-component=palette] label:visible").click()
            figure = page.locator("figure.lab-figure svg[role=img]")
            assert figure.count() == 1
            assert "usable CPUs" in figure.get_attribute("aria-label")
            colours = page.evaluate("""() => {
                const text = document.querySelector(
                    'figure.lab-figure svg text');
                return [getComputedStyle(text).fill,
                        getComputedStyle(document.querySelector(
                            '.md-typeset')).color];
            }""")
            assert colours[0] == colours[1], colours
            assert "{{" not in page.locator(".md-content").inner_text()
        finally:
            reader.close()


def test_the_404_page_is_styled_and_leads_home(tab):
    """Also from the file system: the offline copy's 404.html loads its
    stylesheets and scripts from beside it, not from the disk's root."""
    url = tab.where.base + "404.html"
    page = tab.page
    page.goto(url)
    page.wait_for_load_state("load")
    header = page.locator("header.md-header")
    assert header.count() == 1
    # Material's stylesheet fixes the header at the top; unstyled, it is
    # static.
    assert header.evaluate("h => getComputedStyle(h).position") == "sticky"
    home = page.locator("a.md-header__button.md-logo")
    page.goto(home.evaluate("a => a.href"))
    assert page.locator("h1").count() == 1
    # tab.close() asserts: no console error, no request to another host
