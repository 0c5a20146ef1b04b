"""The page that lists every snippet (tools/building/snippet_list.py)."""
import re

from tools.building import pages, snippet_list
from tools.running import catalog

ROW = re.compile(r"^\| `([^`]+)` \| \[(.+)\]\(\.\./([^)#]+)(?:#([\w-]+))?\) \|"
                 r" \[(.+)\]\(\.\./([^)]+)\) \|$")


def test_every_snippet_has_a_row_that_links_where_it_is_shown():
    rows = [ROW.match(line) for line in snippet_list.page().splitlines()
            if line.startswith("| `")]
    assert all(rows)
    listed = {row[1] for row in rows}
    assert listed == set(catalog.load())
    shown = pages.showing()
    for row in rows:
        assert row[3] in shown[row[1]], row[0]
        assert row[6] == row[3]
        assert row[5] == pages.title(row[3])


def test_a_heading_gives_the_anchor_mkdocs_gives_it():
    found = snippet_list.places()
    assert ("pitfalls/pickling.md", "A lambda as a pool task",
            "a-lambda-as-a-pool-task") in found["pitfalls_pickling/lambda_map.py"]
    # Code in a heading: the anchor keeps its text, not its backticks.
    assert ("reference/process.md", "Release the object: `close()`",
            "release-the-object-close") in found["process_api/close.py"]
