"""The notebook page's stylesheet keeps every rule that can apply to it."""
from tools.building import notebook_css

PAGE = """<html><body data-md-color-scheme="default">
<div class="jupyter-wrapper"><div class="jp-Cell jp-CodeCell">
<div class="jp-InputPrompt">In [1]:</div>
<div class="jp-RenderedText" data-mime-type="application/vnd.jupyter.stderr">
<pre>Traceback</pre></div></div></div>
<style type="text/css">
@charset "UTF-8";{sheet}</style>
</body></html>"""


def _kept(sheet: str) -> str:
    return notebook_css.prune(sheet, PAGE.replace("{sheet}", sheet))


def test_rules_for_elements_the_page_has_stay():
    sheet = (".jupyter-wrapper .jp-Cell{margin:0}"
             ".jp-CodeCell>.jp-InputPrompt{color:red}"
             # a state or a pseudo-element: its element is what counts
             ".jp-InputPrompt:hover{color:blue}"
             ".jp-Cell::before{content:\"\"}"
             # an attribute the page has, with a dot inside its value
             '.jp-RenderedText[data-mime-type="application/vnd.jupyter'
             '.stderr"]{background:pink}'
             # the colour scheme a script sets later
             "[data-md-color-scheme=slate] .jupyter-wrapper{--x:1}"
             # a class that must be absent
             ".jp-Cell:not(.jp-mod-hidden){display:block}"
             "pre{line-height:1}")
    assert _kept(sheet) == sheet


def test_rules_for_what_the_page_lacks_go():
    kept = _kept(".jp-Menu{color:red}"
                 ".jp-Toolbar .jp-Cell{color:red}"
                 "table.dataframe{color:red}"
                 ".jp-Cell, .jp-Dialog{margin:0}"
                 "@media print{.jp-Menu{display:none}}"
                 "@media (max-width:760px){.jp-Cell{margin:1px}}")
    assert kept == (".jp-Cell, .jp-Dialog{margin:0}"
                    "@media (max-width:760px){.jp-Cell{margin:1px}}")


def test_other_at_rules_and_unreadable_selectors_stay():
    sheet = ("@font-face{font-family:x;src:url(x.woff)}"
             "@keyframes spin{to{transform:rotate(1turn)}}"
             ".jp-Cell>{color:red}")
    assert _kept(sheet) == sheet


def test_the_page_keeps_everything_else_and_reuses_its_result(
        tmp_path, monkeypatch):
    monkeypatch.setattr(notebook_css, "STORE", tmp_path)
    page = PAGE.replace("{sheet}", ".jp-Cell{margin:0}.jp-Menu{margin:0}")
    cut = notebook_css.cut(page)
    assert cut == page.replace(".jp-Menu{margin:0}", "")
    assert len(list(tmp_path.iterdir())) == 1
    monkeypatch.setattr(notebook_css, "prune", None)  # not called again
    assert notebook_css.cut(page) == cut
    assert notebook_css.cut("<p>no notebook</p>") == "<p>no notebook</p>"
