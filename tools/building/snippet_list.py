"""The page that lists every snippet with what it shows and where.

"What it shows" is the heading the page puts it under: the nearest ``##``
or ``###`` above its include line, or the page's title. The link goes to
that heading, with the anchor MkDocs gives it (a wrong one fails the
strict build).
"""
from __future__ import annotations

from tools.building.pages import INCLUDE, headings, snippet_of
from tools.building.pages import title as title_of
from tools.paths import DOCS
from tools.running import catalog


def places() -> dict[str, list[tuple[str, str, str]]]:
    """Snippet -> (page, heading as written, anchor) where it is shown:
    the nearest heading of level 3 at most above its include line."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for path in sorted(DOCS.rglob("*.md")):
        page = path.relative_to(DOCS).as_posix()
        above = {number: (text, anchor) for number, level, text, anchor
                 in headings(page) if level <= 3}
        heading, anchor = "", ""
        for number, line in enumerate(
                path.read_text(encoding="utf-8").splitlines()):
            if number in above:
                heading, anchor = above[number]
                continue
            include = INCLUDE.match(line)
            name = include and snippet_of(include[1])
            if name:
                found.setdefault(name, []).append((page, heading, anchor))
    return found


def _escape(cell: str) -> str:
    return cell.replace("|", "\\|")


def page() -> str:
    shown = places()
    names = sorted(catalog.load())
    lines = [
        "---", "search:", "  boost: 0.5", "---", "",
        "# Every snippet",
        "",
        f"All {len(names)} programs of this guide, each with what it shows "
        "and the page that shows it, run and checked as the "
        "[verification page](../about/verification.md) describes. Type in "
        "the box to narrow the list, or use the site's search.",
        "",
        '<input type="search" class="snippet-filter" '
        'placeholder="Filter: a file, an idea, a page" '
        'aria-label="Filter the snippets" hidden>',
        "",
        "| Snippet | What it shows | Page |",
        "|---|---|---|",
    ]
    for name in names:
        for page, heading, anchor in shown.get(name, []):
            title = title_of(page)
            target = f"../{page}" + (f"#{anchor}" if anchor else "")
            what = _escape(heading or title)
            lines.append(f"| `{name}` | [{what}]({target}) | "
                         f"[{_escape(title)}](../{page}) |")
    lines += ["", FILTER]
    return "\n".join(lines) + "\n"


# Without JavaScript the box stays hidden and the table is whole.
FILTER = """<script>
(function () {
  var box = document.querySelector(".snippet-filter");
  var rows = document.querySelectorAll("article table tbody tr");
  box.hidden = false;
  box.addEventListener("input", function () {
    var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      row.hidden = !words.every(function (w) { return text.includes(w); });
    });
  });
})();
</script>"""
