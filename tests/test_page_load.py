"""The build's cuts of what a page makes the browser do as it loads."""
from tools.building.page_load import copy_buttons, fewer_code_spans

HIGHLIGHTED = (
    '<div class="highlight"><pre><span></span><code>'
    '<span class="k">def</span><span class="w"> </span>'
    '<span class="nf">work</span><span class="p">(</span>'
    '<span class="n">item</span><span class="p">):</span>\n'
    '<span class="w">    </span><span class="k">return</span>'
    '<span class="w"> </span><span class="n">item</span>'
    '<span class="o">*</span><span class="mi">2</span>\n'
    '</code></pre></div>')


def test_names_and_whitespace_lose_their_spans_and_keep_their_text():
    cut = fewer_code_spans(HIGHLIGHTED)
    assert '<span class="n">' not in cut and '<span class="w">' not in cut
    assert "<pre><code>" in cut
    assert ('<span class="p">(</span>item<span class="p">):</span>\n'
            '    <span class="k">return</span> item'
            '<span class="o">*</span>') in cut


def test_styled_tokens_keep_their_spans():
    cut = fewer_code_spans(HIGHLIGHTED)
    for token in ("k", "nf", "p", "o", "mi"):
        assert cut.count(f'<span class="{token}">') == \
            HIGHLIGHTED.count(f'<span class="{token}">')


def test_a_span_with_more_than_text_inside_is_left_alone():
    marked = '<span class="n">a<mark>b</mark></span>'
    assert fewer_code_spans(marked) == marked


PROGRAM = ('<div class="highlight" data-search-exclude><span class="filename" '
           'data-search-exclude>snippets/a.py</span><pre><code>x = 1\n'
           '</code></pre></div>')
OUTPUT = ('<div class="no-copy highlight"><span class="filename" '
          'data-search-exclude>Output</span><pre><code>1\n</code></pre></div>')


def test_each_program_gets_a_copy_button_aimed_at_its_own_code():
    cut = copy_buttons(PROGRAM + OUTPUT + PROGRAM.replace("a.py", "b.py"))
    assert cut.count('<button class="md-code__button"') == 2
    # Material renames each <pre> "__code_" + its id as the page starts.
    for number in (1, 2):
        assert f'<pre id="copy-{number}"><nav class="md-code__nav">' in cut
        assert f'data-clipboard-target="#__code_copy-{number} &gt; code"' in cut


def test_an_output_gets_no_copy_button():
    assert copy_buttons(OUTPUT) == OUTPUT
