"""The error index: the messages read from every CPython's sources, their
classification in classified.toml, the probes of pickle's and the OS's
messages, and the page made of them."""
import textwrap
import time

import markdown
import pytest

from tools.building import error_index
from tools.building.messages import listing, shown, stdlib_scan
from tools.paths import GENERATED
from tools.running import interpreters


@pytest.fixture(scope="module")
def found():
    return listing.messages()


@pytest.fixture(scope="module")
def matrix():
    return [listing.label(p) for p in interpreters.discover()]


def _by_text(found, text):
    return next(m for m in found if m.text == text)


def _need(matrix, *versions):
    missing = [v for v in versions if v not in matrix]
    if missing:
        pytest.skip(f"CPython {', '.join(missing)} not found")


# What the scan finds in the real sources.

def test_a_message_every_version_has(found, matrix):
    message = _by_text(found, "cannot start a process twice")
    assert message.versions == matrix
    assert message.classes == ["AssertionError"]
    assert message.places[matrix[-1]] == [
        "multiprocessing/process.py:BaseProcess.start"]


def test_messages_added_in_3_14(found, matrix):
    _need(matrix, "3.13", "3.14")
    for text in ("buffersize must be None or > 0",
                 "buffersize must be an integer or None"):
        message = _by_text(found, text)
        assert message.versions[0] == "3.14", message.versions
        assert message.source == "concurrent.futures"


def test_a_message_reworded_in_3_14_is_one_message(found, matrix):
    _need(matrix, "3.13", "3.14")
    message = _by_text(found, "ShareableList.index(x): x not in list")
    assert message.wordings["3.13"] == "… not in this container"
    assert message.wordings["3.14"] == message.text
    assert message.versions == matrix
    sem_open = next(m for m in found if m.text.startswith(
        "This platform lacks a functioning sem_open"))
    assert "see issue 3770" in sem_open.wordings["3.13"]
    assert "issues/48020" in sem_open.wordings["3.14"]


def test_each_version_keeps_its_exact_template(found, matrix):
    _need(matrix, "3.12", "3.13")
    message = _by_text(found, "challenge too short: … bytes")
    # 3.12.1 forgot the f of its f-string: it prints the braces.
    assert message.templates["3.12"] == [
        "challenge too short: {len(message)} bytes"]
    assert message.templates["3.13"] == [
        "challenge too short: {len(message)} bytes"]
    assert message.wordings["3.12"] != message.wordings["3.13"]


def test_messages_not_raised_but_handed_to_a_future_or_warned(found):
    texts = {m.text: m for m in found}
    broken = next(m for t, m in texts.items() if t.startswith(
        "A process in the process pool was terminated abruptly"))
    assert broken.classes == ["BrokenProcessPool"]
    assert texts["unclosed running multiprocessing pool …"].classes == [
        "ResourceWarning"]
    assert texts["Error sending result: '…'. Reason: '…'"].classes == [
        "MaybeEncodingError"]
    assert texts["Process …:"].kinds == {"stderr"}
    assert any(t.startswith("resource_tracker: There appear to be")
               for t in texts)


# The classification (classified.toml).

def test_every_scanned_message_is_classified(found):
    missing = listing.unclassified(found)
    assert not missing, (
        f"messages {listing.DATA.name} does not classify (add each to "
        f"`reachable` or to [internal] with a reason): {missing}")


def test_no_classification_is_stale(found):
    stale = listing.stale(found, listing.data())
    assert not stale, f"entries no scanned message has: {stale}"


def test_internal_messages_have_a_one_line_reason(found):
    for message in found:
        if message.reachable is False:
            assert message.reason.strip(), message.text
            assert "\n" not in message.reason and len(message.reason) < 130


def test_no_snippet_output_shows_an_internal_message(found):
    """A real run that prints it proves user code reaches it."""
    outputs = shown.Pages({
        path.relative_to(GENERATED).as_posix(): path.read_text("utf-8")
        for path in (GENERATED / "snippets").rglob("*.md")})
    for message in found:
        # Below this a pattern also matches a traceback's source lines.
        if message.reachable is False and shown._letters(
                message.text) >= shown.FEW_LETTERS:
            assert not outputs.showing(
                message, shown.containing(message, found)), message.text


# The probes (messages from pickle and the OS).

def test_each_probe_reproduces_its_message(found, matrix):
    extras = [m for m in found if "probe" in m.kinds]
    assert len(extras) == len(listing.data()["extra"])
    for message in extras:
        assert message.versions, f"{message.text}: no version raised it"
        for version, wording in message.wordings.items():
            # A reworded message must name its new wording in `find`.
            assert any(phrase in wording for phrase in message.find), (
                message.text, version, wording)


def test_probes_per_version(found, matrix):
    _need(matrix, "3.11", "3.13", "3.14")
    local = _by_text(found, "Can't pickle local object")
    assert local.exceptions["3.11"] == ["AttributeError"]
    assert local.wordings["3.13"].startswith("Can't get local object")
    assert local.exceptions["3.14"] == ["PicklingError"]
    fork = next(m for m in found if "use of fork()" in m.text)
    assert fork.versions[0] == "3.12"
    assert _by_text(found, "Ran out of input").versions == matrix


# The scanner and the grouping, on sources written here.

def test_scanner_reads_every_way_of_wording_a_message(tmp_path):
    package = tmp_path / "multiprocessing"
    package.mkdir()
    (tmp_path / "concurrent" / "futures").mkdir(parents=True)
    (package / "example.py").write_text(textwrap.dedent('''
        import sys, warnings
        from warnings import warn as _warn
        LIMITED = "too few semaphores on this system"
        class BadThing(RuntimeError):
            def __str__(self):
                return "bad thing: %r" % (self.args,)
        class Worker:
            BROKEN = BadThing
            def run(self, name, n):
                assert n, "n must not be zero"
                if n < 0:
                    raise ValueError(f"n={n!r} is negative")
                if n > 9:
                    raise self.BROKEN("too big: {} > {}".format(n, 9))
                if name:
                    raise OSError(5, "handle %s is closed" % name)
                raise NotImplementedError(LIMITED)
            def __del__(self, _warn2=warnings.warn):
                _warn("unclosed worker here", ResourceWarning)
                _warn2("deleted worker here")
                sys.stderr.write("Worker %s:\\n" % self)
                print("worker said", 3, file=sys.stderr)
                raise ValueError("%s" % self)  # says nothing: left out
    '''))
    found = {m["text"]: m for m in stdlib_scan.scan(str(tmp_path))}
    assert found["n must not be zero"]["kind"] == "assert"
    assert found["n=… is negative"]["template"] == "n={n!r} is negative"
    assert found["too big: … > …"]["exception"] == "BadThing"
    assert found["handle … is closed"]["exception"] == "OSError"
    assert found["too few semaphores on this system"]["exception"] == (
        "NotImplementedError")
    assert found["bad thing: …"]["exception"] == "BadThing"
    assert found["unclosed worker here"]["exception"] == "ResourceWarning"
    assert found["deleted worker here"]["exception"] == "UserWarning"
    assert found["Worker …:"]["kind"] == "stderr"
    assert found["worker said …"]["kind"] == "stderr"
    assert found["n must not be zero"]["scope"] == "Worker.run"
    assert len(found) == 10, sorted(found)


def _place(text, scope="f", exception="ValueError"):
    return {"text": text, "template": text, "kind": "raise",
            "exception": exception, "file": "multiprocessing/x.py",
            "line": 1, "scope": scope}


def test_grouping_follows_a_reword_only_at_the_same_place():
    messages = listing.from_sources({
        "3.9": [_place("queue is closed"), _place("pool is gone", "g")],
        "3.10": [_place("the queue is closed"),
                 _place("pool has gone away", "h")],
    })
    texts = {m.text: m.wordings for m in messages}
    assert texts["the queue is closed"] == {
        "3.9": "queue is closed", "3.10": "the queue is closed"}
    assert texts["pool is gone"] == {"3.9": "pool is gone"}
    assert texts["pool has gone away"] == {"3.10": "pool has gone away"}


def test_a_short_placeholder_stands_for_one_name():
    regex = shown.pattern("Process …:")
    assert regex.search("Process Process-1:\nTraceback")
    assert regex.search("under a `Process <name>:` header")
    assert not regex.search("[The Process API](process.md): `join()`")
    first = shown.pattern("… unrecognized")
    assert first.search("ValueError: 'pipe' unrecognized")
    assert not first.search("ValueError: unrecognized family")
    long = shown.pattern("Queue … is closed")
    assert long.search("ValueError: Queue <multiprocessing.queues.Queue "
                       "object at 0x7f> is closed")
    wrapped = shown.pattern(
        "Cannot close a process while it is still running. You should "
        "first call join() or terminate().")
    assert wrapped.search("Cannot close a process while it is\n"
                          "still running. You should ...")


# The stored scans, and the page.

def test_stored_scans_are_reused(monkeypatch):
    listing.messages()  # stores what is missing

    def no_run(*args, **kwargs):
        raise AssertionError("an interpreter was started again")

    monkeypatch.setattr(listing, "_run", no_run)
    start = time.perf_counter()
    listing.messages()
    assert time.perf_counter() - start < 2  # ~0.03 s; generous when busy


def test_the_page_renders(found, matrix):
    text = error_index.page()
    html = markdown.markdown(text.split("---\n", 2)[2],
                             extensions=["tables", "md_in_html"])
    assert "<h1>Error index</h1>" in html
    rows = html.count("<tr>") - html.count("<thead>")
    assert rows == len(found)
    for message in found:
        assert shown.pattern(message.text).pattern  # compiles
    assert ("`cannot start a process twice` | "
            '<span class="unbroken">`AssertionError`</span> | '
            f"{matrix[0]}–{matrix[-1]}") in text
    # Its link goes to the entry that names it, not the page's top.
    assert ("(../errors/processes.md#assertionerror-cannot-start-a-process-"
            "twice)") in text
    counts = error_index.counts(found, matrix)
    assert counts["unclassified"] == 0
    assert f"{counts['shown']} of the {counts['reachable']} messages" in text
    assert f"{counts['reproduced']} of them shown by the real output" in text
    assert counts["reproduced"] <= counts["shown"]


def test_version_ranges():
    matrix = ["3.9", "3.10", "3.11", "3.12", "3.13", "3.14", "3.15"]
    assert error_index.ranges(["3.9", "3.10", "3.11", "3.14"], matrix) == (
        "3.9–3.11, 3.14")
    assert error_index.ranges(["3.15"], matrix) == "3.15"


def test_a_pasted_message_is_the_line_a_terminal_shows():
    message = next(m for m in listing.messages()
                   if m.text == "cannot start a process twice")
    traceback = ('Traceback (most recent call last):\n'
                 '  File "…/x.py", line 9, in <module>\n'
                 '    raise AssertionError("cannot start a process twice")\n'
                 'AssertionError: cannot start a process twice\n')
    assert (shown.pasted(message, ["first: cannot start a process twice\n",
                                   traceback])
            == "AssertionError: cannot start a process twice")
    assert (shown.pasted(message, ["again: AssertionError('cannot start a "
                                   "process twice')\n"])
            == "AssertionError: cannot start a process twice")
    assert shown.pasted(message, ["a process started twice\n"]) is None


def test_a_message_inside_a_longer_one_is_not_shown_by_it(found):
    short = next(m for m in found if m.text == "… unrecognized")
    longer = shown.containing(short, found)
    assert "address type of … unrecognized" in [m.text for m in longer]
    pages = shown.Pages({
        "a.md": "ValueError: address type of b'/x' unrecognized",
        "b.md": "KeyError: 'shutdown' unrecognized"})
    assert pages.showing(short) == ["a.md", "b.md"]
    assert pages.showing(short, longer) == ["b.md"]
