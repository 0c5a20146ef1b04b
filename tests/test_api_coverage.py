"""The guide keeps covering the parts of the public API it has written."""
from tools.measuring import api_coverage

# Parts whose every name a verified snippet uses and a page explains.
COMPLETE = ["Part 1", "Part 2"]


def test_every_name_of_a_complete_part_is_covered():
    found = api_coverage.coverage()
    missing = [name.full for name, snippets in found.items()
               if not snippets and name.part.startswith(tuple(COMPLETE))]
    assert not missing, f"names with no snippet or no page: {missing}"


def test_a_name_used_nowhere_is_not_counted(tmp_path, monkeypatch):
    names = tmp_path / "names.txt"
    names.write_text("[Part X]\nmultiprocessing.NoSuchThing\n"
                     "Queue.no_such_method\n")
    monkeypatch.setattr(api_coverage, "NAMES", names)
    found = api_coverage.coverage()
    assert [name.full for name in found] == [
        "multiprocessing.NoSuchThing", "Queue.no_such_method"]
    assert not any(found.values())
