"""Fewer elements for the browser to style as a page loads, same look.

Measured with Chrome traces on the page with the most programs
(pitfalls/pickling/): while Material's script starts, the browser
restyles every element of the page several times, at a cost in
proportion to the number of elements. Here the elements are cut and
the copy buttons are written into the page; one of the passes is skipped
by overrides/main.html.
"""
from __future__ import annotations

import re

# Pygments wraps every name (.n) and every run of whitespace (.w) in a
# span. Material colours .n with --md-code-hl-name-color, which both its
# schemes set to the code's own colour, and gives .w no style; each <pre>
# also opens with an empty span. On a page of programs these are a sixth
# of all its elements. Their text stays where it was.
_PLAIN_SPAN = re.compile(r'<span class="[nw]">([^<]*)</span>')


def fewer_code_spans(content_html: str) -> str:
    content_html = content_html.replace("<pre><span></span><code",
                                        "<pre><code")
    return _PLAIN_SPAN.sub(r"\1", content_html)


# Material's content.code.copy inserts a copy button into each code block
# as the page starts, then reads the block's size: every insertion costs a
# style and layout pass of its own (41 on the page with tabs). The same
# button (Material 9's markup, which its clipboard handler acts on for any
# page) is written into the page instead, and the feature is off in
# mkdocs.yml. Material names the <pre> "__code_" + its id. Outputs, marked
# .no-copy by render.py, get none: they are read, not pasted.
_BLOCK = re.compile(r'(<div class="(?![^"]*\bno-copy\b)[^"]*\bhighlight\b[^"]*"'
                    r'[^>]*>(?:<span class="filename"[^>]*>[^<]*</span>)?)'
                    r'<pre><code')
COPY_TITLE = "Copy to clipboard"  # Material's English "clipboard.copy"


def copy_buttons(content_html: str) -> str:
    count = 0

    def button(match: re.Match) -> str:
        nonlocal count
        count += 1
        return (f'{match[1]}<pre id="copy-{count}"><nav class="md-code__nav">'
                f'<button class="md-code__button" title="{COPY_TITLE}" '
                f'data-clipboard-target="#__code_copy-{count} &gt; code" '
                f'data-md-type="copy"></button></nav><code')

    return _BLOCK.sub(button, content_html)
