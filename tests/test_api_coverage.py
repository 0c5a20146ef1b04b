"""Every public name of the API list is used by a verified snippet and
explained on a page, or the API index says why not."""
from tools.building import api_index
from tools.measuring import api_coverage
from tools.measuring.api_coverage import Name


def test_every_name_has_a_snippet_or_a_written_reason():
    found = api_coverage.coverage()
    missing = api_index.unaccounted(found, api_index.reasons())
    assert not missing, (f"names with no snippet or no page, and no reason "
                         f"in {api_index.REASONS.name}: {missing}")


def test_reasons_are_few_and_not_stale():
    found = {name.full: snippets
             for name, snippets in api_coverage.coverage().items()}
    why = api_index.reasons()
    assert len(why) <= api_index.MAX_REASONS
    assert set(why) <= set(found), "a reason for a name not in the list"
    assert not [n for n in why if found[n]], "a reason for a covered name"


def test_coverage_is_at_least_95_percent():
    found = api_coverage.coverage()
    assert sum(1 for s in found.values() if s) >= 0.95 * len(found)


def test_a_name_used_nowhere_is_not_counted(tmp_path, monkeypatch):
    names = tmp_path / "names.txt"
    names.write_text("[Part X]\nmultiprocessing.NoSuchThing\n"
                     "Queue.no_such_method\n")
    monkeypatch.setattr(api_coverage, "NAMES", names)
    found = api_coverage.coverage()
    assert [name.full for name in found] == [
        "multiprocessing.NoSuchThing", "Queue.no_such_method"]
    assert not any(found.values())
    assert api_index.unaccounted(found, {}) == [
        "multiprocessing.NoSuchThing", "Queue.no_such_method"]
    assert api_index.unaccounted(
        found, {"multiprocessing.NoSuchThing": "why",
                "Queue.no_such_method": " "}) == ["Queue.no_such_method"]


def test_the_index_lists_every_name_with_its_official_entry():
    text = api_index.page()
    for name in api_coverage.names():
        url = api_index.official(name)
        assert url.startswith(("https://docs.python.org/3/library/",
                               api_index.SOURCE_URL)), url
        assert f"| `{name.full}` |" in text, name.full
        assert f"]({url}) |" in text, url


def test_member_links_point_at_their_class_entry():
    assert api_index.official(Name("", "Queue.close")) == (
        "https://docs.python.org/3/library/multiprocessing.html"
        "#multiprocessing.Queue.close")
    assert api_index.official(Name("", "Future.result")) == (
        "https://docs.python.org/3/library/concurrent.futures.html"
        "#concurrent.futures.Future.result")
    assert api_index.official(Name("", "multiprocessing.Pool")).endswith(
        "#multiprocessing.pool.Pool")
