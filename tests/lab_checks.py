"""What every performance-lab figure must satisfy, checked on the real run
by the snippet's own test."""
import re

from tools.building.lab import figures
from tools.building.lab.parse import parse

NUMBER = re.compile(r"\d+(?:\.\d+)?")


def check_figure(run):
    """The figure draws from this output, reads as an image with its
    finding in words, and every number it hands to the prose is one the
    output printed."""
    figure = figures.FIGURES[run.snippet](parse(run.output), run.snippet)
    printed = set(NUMBER.findall(run.output))
    for key, text in figure.facts.items():
        for number in NUMBER.findall(text):
            assert number in printed, (
                f"fact {key} = {text!r}: {number} is not in the output")
    for number in NUMBER.findall(figure.alt):
        assert number in printed, f"alt text: {number} is not printed"
    svg = figure.svg
    assert svg.startswith("<svg ") and svg.endswith("</svg>")
    assert 'role="img"' in svg and "<title>" in svg
    assert "currentColor" in svg and "<style" not in svg
    assert len(svg.encode()) <= 60_000
    assert "\n\n" not in svg  # a blank line would end the HTML block
