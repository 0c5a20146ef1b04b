"""The question banks (questions/): real questions, each with its source,
and the page that answers it where one does."""
import re
import tomllib

import pytest

from tools.paths import ROOT
from tools.running import notebooks

BANKS = {"production.toml": 100, "everyday.toml": 100}  # file -> at least
STATUSES = {"answered", "partly", "none"}


def _questions(name):
    with open(ROOT / "questions" / name, "rb") as bank:
        return tomllib.load(bank)["question"]


@pytest.mark.parametrize("name", sorted(BANKS))
def test_a_bank_has_enough_real_questions_each_once(name):
    questions = _questions(name)
    assert len(questions) >= BANKS[name]
    sources = [q["source"] for q in questions]
    assert all(re.match(r"https?://\S+$", s) for s in sources)
    repeated = {s for s in sources if sources.count(s) > 1}
    assert not repeated, repeated
    assert all(q["text"].strip() and q["topic"].strip() for q in questions)


@pytest.mark.parametrize("name", sorted(BANKS))
def test_an_answer_names_a_page_that_exists(name):
    for question in _questions(name):
        assert question["status"] in STATUSES, question
        page = question["answered_by"]
        if question["status"] == "none":
            assert page == "", question
            continue
        path = page.partition("#")[0]
        assert path.startswith("docs/"), question
        # A notebook's page is built from snippets/, not kept in docs/.
        built = path.removeprefix("docs/") in notebooks.PAGES.values()
        assert built or (ROOT / path).is_file(), question


def test_no_question_is_in_both_banks():
    sources = [{q["source"] for q in _questions(name)} for name in BANKS]
    assert not set.intersection(*sources)
