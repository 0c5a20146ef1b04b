"""Every snippet is tested, shown on a page, and a complete program."""
import ast
import re

import pytest

from tools.building import pages
from tools.building.lab import figures
from tools.running import catalog, notebooks
from tools.running.fingerprint import local_modules
from tools.paths import DOCS, ROOT, SNIPPETS

SCRIPTS = sorted(catalog.load())
MAX_LINE = 74  # wider code blocks scroll sideways on a desktop screen


def _tested_names():
    pattern = re.compile(r'@checks\("([^"]+)"\)')
    return {name for path in (ROOT / "tests").rglob("test_*.py")
            for name in pattern.findall(path.read_text(encoding="utf-8"))}


def _nav_pages():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    return set(re.findall(r":\s+(\S+\.(?:md|ipynb))\s*$", text, re.M))


def test_every_script_has_a_test():
    missing = sorted(set(SCRIPTS) - _tested_names())
    assert not missing, f"snippets with no @checks test: {missing}"


def test_every_test_checks_a_listed_script():
    unknown = sorted(_tested_names() - set(SCRIPTS))
    assert not unknown, f"tests for snippets in no snippets.toml: {unknown}"


def test_every_script_is_shown_on_a_page():
    missing = sorted(set(SCRIPTS) - set(pages.showing()))
    assert not missing, f"snippets on no page: {missing}"


def test_every_notebook_is_a_page_in_the_nav():
    on_disk = {p.relative_to(SNIPPETS).as_posix()
               for p in SNIPPETS.rglob("*.ipynb")}
    assert on_disk == set(notebooks.PAGES)
    assert set(notebooks.PAGES.values()) <= _nav_pages()


def test_every_include_points_at_something_real():
    broken = []
    for page, target in sorted(pages.includes()):
        name = pages.snippet_of(target)
        figure = re.fullmatch(r"generated/lab/(.+)\.md", target)
        if name:
            ok = name in SCRIPTS
        elif figure:  # drawn by the build from that snippet's run
            ok = figure[1] + ".py" in figures.FIGURES
        else:
            ok = (ROOT / target).is_file()
        if not ok:
            broken.append(f"{page} includes {target!r}")
    assert not broken, "includes of missing snippets or outputs:\n" + \
        "\n".join(broken)


def test_every_python_file_is_a_script_or_a_module_one_imports():
    imported = {module for path in SNIPPETS.rglob("*")
                if path.suffix in {".py", ".ipynb"}
                for module in local_modules(path)}
    stray = sorted(p.relative_to(SNIPPETS).as_posix()
                   for p in SNIPPETS.rglob("*.py")
                   if p not in imported
                   and p.relative_to(SNIPPETS).as_posix() not in SCRIPTS)
    assert not stray, f"in no snippets.toml and imported by none: {stray}"


def test_docs_hold_only_pages():
    others = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*")
                    if p.is_file() and p.suffix not in {".md", ".ipynb"})
    assert not others, f"docs/ holds pages only: {others}"


@pytest.mark.parametrize("name", SCRIPTS)
def test_script_is_a_complete_program(name):
    source = (SNIPPETS / name).read_text(encoding="utf-8")
    tree = ast.parse(source)
    guards = [node for node in tree.body if isinstance(node, ast.If)
              and ast.unparse(node.test) == "__name__ == '__main__'"]
    declared = catalog.get(name).main_guard
    assert bool(guards) == declared, (
        f"{name} has no `if __name__ == \"__main__\":` block" if declared
        else f"{name} is declared `main_guard = false` but has one")
    long = [n for n, line in enumerate(source.splitlines(), 1)
            if len(line) > MAX_LINE]
    assert not long, f"{name}: lines over {MAX_LINE} characters: {long}"
