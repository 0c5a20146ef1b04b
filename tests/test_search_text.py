"""What the search index keeps of a page (tools/building/search_text.py)."""
import re
from html.parser import HTMLParser

import markdown

from tools.building import mkdocs_hooks, render, search_text
from tools.running.runner import Run

OUTPUT = (
    '<div class="highlight"><span class="filename">Output</span><pre>'
    '<span></span><code>'
    '<a id="l1"></a>first line of output\n'
    '<a id="l2"></a>Traceback (most recent call last):\n'
    '<a id="l3"></a>  File "…/x.py", line 5, in &lt;module&gt;\n'
    '<a id="l4"></a>    main()\n'
    '<a id="l5"></a>    ~~~~^^\n'
    '<a id="l6"></a>    more output, indented, after a frame\n'
    '<a id="l7"></a>ValueError: the message a reader searches for'
    '</code></pre></div>')
CODE = ('<div class="highlight"><span class="filename">snippets/a/b.py'
        '</span><pre><code>import os</code></pre></div>')


class Indexed(HTMLParser):
    """The text Material's search would keep: all but what lies inside an
    element marked data-search-exclude."""

    def __init__(self):
        super().__init__()
        self.stack, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.stack.append("data-search-exclude" in dict(attrs))

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        if not any(self.stack):
            self.text.append(data)


def _indexed(html: str) -> str:
    parser = Indexed()
    parser.feed(html)
    return "".join(parser.text)


def test_an_output_keeps_its_lines_but_the_frames():
    text = _indexed(search_text.mark(OUTPUT))
    assert "first line of output" in text
    assert "ValueError: the message a reader searches for" in text
    for frame in ("Traceback", 'File "', "main()", "~~~~^^", "Output"):
        assert frame not in text, frame
    # Only the line right under a frame is its source line.
    assert "more output, indented, after a frame" in text
    # Nothing is lost on the page itself, and no blank lines are left in
    # the excerpt.
    tags = re.compile(r"<[^>]+>")
    assert tags.sub("", search_text.mark(OUTPUT)) == tags.sub("", OUTPUT)
    assert "\n\n" not in text


def test_code_and_provenance_are_left_out():
    page = (CODE + '<p class="provenance">Output of CPython</p>'
            '<p class="snippet-meta">Download b.py</p><p>Prose stays.</p>')
    assert _indexed(search_text.mark(page)) == "Prose stays."


def test_a_rendered_output_keeps_its_lines_but_the_frames():
    # The output block as render.py writes it and the site's Markdown and
    # hooks turn it into HTML, so a change to either shape is caught here.
    printed = ("Traceback (most recent call last):\n"
               '  File "…/x.py", line 5, in <module>\n'
               "    main()\n"
               "ValueError: the message a reader searches for\n")
    block = render._output_block(Run(
        snippet="x.py", method="spawn", interpreter="cpython-3.12.1",
        exit_code=1, output=printed, duration=0.5,
        started_at="2026-11-26T10:00:00+00:00", python="CPython 3.12.1",
        system="Linux", machine="x86_64", cpu_count=2,
        origin="pyenv build"))
    html = markdown.markdown(block, extensions=[
        "attr_list", "pymdownx.highlight", "pymdownx.superfences"])
    text = _indexed(mkdocs_hooks.on_page_content(html, None, None, None))
    assert "ValueError: the message a reader searches for" in text
    assert "Traceback" not in text and "line 5" not in text
    assert "main()" not in text
