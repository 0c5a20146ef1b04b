"""The tooltips appended to every page stay in step with the glossary."""
import re

from tools.paths import DOCS, ROOT

ABBREVIATIONS = ROOT / "includes" / "abbreviations.md"
GLOSSARY = DOCS / "reference" / "glossary.md"


def _terms():
    text = GLOSSARY.read_text(encoding="utf-8")
    # A definition list: a term, then lines starting with ":   ".
    return [m[1].lower() for m in re.finditer(r"^(\S.*)\n:   ", text, re.M)]


def test_every_tooltip_has_its_glossary_entry():
    terms = _terms()
    assert len(terms) >= 15
    entries = re.findall(r"^\*\[(.+?)\]: (.+)$",
                         ABBREVIATIONS.read_text(encoding="utf-8"), re.M)
    assert entries
    for word, title in entries:
        stem = word.lower().removeprefix("un")[:4]
        assert any(term.startswith(stem) for term in terms), (
            f"{word!r} has a tooltip but no glossary entry")
        # A tooltip is a sentence, not an essay.
        assert 20 <= len(title) <= 160, word


def test_the_glossary_is_in_alphabetical_order():
    terms = _terms()
    assert terms == sorted(terms)


def test_a_term_keeps_its_tooltip_once_per_page():
    from tools.building.abbreviations import first_only
    page = ('<p><abbr title="Global Interpreter Lock">GIL</abbr> and '
            '<abbr title="Global Interpreter Lock">GIL</abbr>, '
            '<abbr title="how a child starts">start method</abbr></p>'
            '<p><abbr title="Global Interpreter Lock">gil</abbr></p>')
    assert first_only(page) == (
        '<p><abbr title="Global Interpreter Lock">GIL</abbr> and GIL, '
        '<abbr title="how a child starts">start method</abbr></p>'
        '<p>gil</p>')
