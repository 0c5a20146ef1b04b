"""What the search index keeps of a page: its prose, and the lines of a
captured output a reader might search for.

Material indexes a page's HTML and skips any element marked
``data-search-exclude``. Left alone, a result's excerpt would be a dump of
code or a traceback's file names and line numbers. So the hooks mark:

- the snippets' code and the notebook's code cells (the prose names every
  API call a page is about, and the files can be downloaded);
- the lines under a snippet ("Download …", where an output came from),
  the titles of code blocks and the labels of tabs;
- in a captured output, the traceback frames: ``Traceback (most recent
  call last):``, each ``File "…", line N`` with the source line under it,
  and the ``^^^``/``~~~`` markers. The exception line stays, so an error
  message still finds the pages that show it, and so does everything else
  a program printed;
- the notebook's stderr outputs (workers' tracebacks), which its prose
  quotes where it matters.
"""
from __future__ import annotations

import html
import re

EXCLUDE = " data-search-exclude"

_WHOLE = re.compile(
    r'<div class="highlight"(?=><span class="filename">snippets/)'
    r'|<div class="highlight-ipynb [^"]*"'
    r'|<div class="jp-RenderedText jp-OutputArea-output"'
    r'(?= data-mime-type="application/vnd\.jupyter\.stderr")'
    r'|<p class="(?:snippet-meta|provenance)"'
    r'|<div class="tabbed-labels"|<span class="filename"')
_OUTPUT = re.compile(
    r'(<div class="(?:no-copy )?highlight"><span class="filename">Output'
    r'</span><pre>(?:<span></span>)?<code>)(.*?)(</code></pre></div>)', re.S)
# A line of a highlighted output: its line anchor, then escaped text.
_LINE = re.compile(r"(<a [^>]*></a>)?(.*)")
_FRAME = re.compile(r'\s*File "[^"]*", line \d+')
_MARKERS = re.compile(r"\s*[~^]+\s*")


def _frames(code: str) -> str:
    """The output's lines, with its traceback frames marked (each with
    its line break, or the excerpt would keep a blank line for it)."""
    lines = code.split("\n")
    out, source_next = [], False
    for number, line in enumerate(lines):
        anchor, text = _LINE.fullmatch(line).groups()
        plain = html.unescape(text)
        frame = bool(_FRAME.match(plain))
        noise = (plain == "Traceback (most recent call last):" or frame
                 or (source_next and plain.startswith("    "))
                 or (bool(plain) and bool(_MARKERS.fullmatch(plain))))
        source_next = frame
        end = "\n" if number < len(lines) - 1 else ""
        if noise:
            text = f"<span{EXCLUDE}>{text}{end}</span>"
            end = ""
        out.append((anchor or "") + text + end)
    return "".join(out)


def mark(page_html: str) -> str:
    page_html = _OUTPUT.sub(lambda m: m[1] + _frames(m[2]) + m[3],
                            page_html)
    return _WHOLE.sub(lambda m: m[0] + EXCLUDE, page_html)
