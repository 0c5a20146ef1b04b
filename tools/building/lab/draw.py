"""matplotlib figures as inline SVG that follows the page's colours.

Text stays text (selectable, searchable by the browser's find), and every
axis, label and tick is drawn in ``currentColor``, so a figure reads in the
light and the dark scheme alike. matplotlib is imported only when a figure
must be drawn: a rebuild with unchanged runs never pays for it.
"""
from __future__ import annotations

import html
import io
import re
from contextlib import contextmanager

INK = "#010203"  # stands for currentColor until the SVG is written
# Mid-tone colours with at least 3:1 (WCAG's contrast for graphics)
# against white and against the dark scheme's page (tests/test_lab.py).
COLOURS = ["#1e88e5", "#f4511e", "#43a047", "#ab47bc", "#00897b"]
GUIDE = "#8c8c8c"  # ideal lines and fits


@contextmanager
def figure(rows: int = 1, height: float = 3.4, **kwargs):
    import matplotlib
    matplotlib.use("svg")
    from matplotlib import pyplot as plt
    style = {
        "svg.fonttype": "none", "font.family": "sans-serif",
        "font.size": 11, "text.color": INK, "axes.labelcolor": INK,
        "axes.edgecolor": INK, "xtick.color": INK, "ytick.color": INK,
        "axes.prop_cycle": matplotlib.cycler(color=COLOURS),
        "axes.spines.top": False, "axes.spines.right": False,
        "axes.grid": True, "grid.color": INK, "grid.alpha": 0.15,
        "legend.frameon": False, "figure.dpi": 72,
    }
    with plt.rc_context(style):
        fig, axes = plt.subplots(rows, 1, figsize=(6.0, height),
                                 layout="constrained", **kwargs)
        try:
            yield fig, axes
        finally:
            plt.close(fig)


def plain_log(axis) -> None:
    """A log scale labelled 1, 10, 100 rather than 10⁰, 10¹, 10²."""
    from matplotlib.ticker import FuncFormatter, NullFormatter
    axis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}"))
    axis.set_minor_formatter(NullFormatter())


def svg(fig, name: str, alt: str) -> str:
    """The figure as one line-broken <svg> element for a page: unique ids
    per figure, no page-wide styles, the alt text as its accessible name."""
    import matplotlib
    out = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": name, "svg.id": None}):
        fig.savefig(out, format="svg", transparent=True,
                    metadata={"Date": None, "Creator": None})
    text = out.getvalue()
    text = text[text.index("<svg"):]
    text = re.sub(r"<metadata>.*?</metadata>", "", text, flags=re.S)
    # Its "* {stroke-linejoin…}" rule would style the whole page.
    text = re.sub(r"<defs>\s*<style[^>]*>.*?</style>\s*</defs>", "", text,
                  flags=re.S)
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    text = text.replace(INK, "currentColor")
    text = re.sub(r'\s(width|height)="[\d.]+pt"', "", text, count=2)
    text = text.replace(
        "<svg ", f'<svg role="img" aria-label="{html.escape(alt)}" ', 1)
    title = html.escape(alt, quote=False)
    text = re.sub(r"(<svg[^>]*>)", lambda m: f"{m[1]}<title>{title}</title>",
                  text, count=1)
    # Ids nothing refers to ("figure_1"…) would repeat in every figure.
    used = set(re.findall(r"#([\w-]+)", text))
    text = re.sub(r'\sid="([^"]+)"',
                  lambda m: m[0] if m[1] in used else "", text)
    # Markdown ends a raw HTML block at a blank line.
    return "\n".join(line.strip() for line in text.splitlines()
                     if line.strip())

