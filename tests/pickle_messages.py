"""What pickle says when it refuses an object, per CPython version: the
snippet tests of several pages check the same messages.

- a lambda of __main__: "attribute lookup <lambda> on __main__ failed" up
  to 3.13; "it's not found as __main__.<lambda>" from 3.14;
- a local function: AttributeError "Can't pickle local object 'q.name'" up
  to 3.12.4, "Can't get local object" from 3.12.5 (gh-122311); from 3.14 a
  PicklingError that shows the function's repr;
- from 3.14 the error carries notes, one line each, that say where in the
  pickled object the refused one sat ("when serializing tuple item 0").
"""
import re

from snippet_checks import version

NOTE = "when serializing "


def lambda_error(run) -> str:
    """A pattern for the message of a lambda refused by pickle."""
    address = r"<function <lambda> at 0x[0-9a-fA-F]+>"
    if version(run) >= (3, 14):
        return rf"Can't pickle {address}: it's not found as __main__\.<lambda>"
    return (rf"Can't pickle {address}: "
            r"attribute lookup <lambda> on __main__ failed")


def local_error(run, qualname: str) -> str:
    """A pattern for 'ExceptionClass: message' of a refused local function
    whose qualified name is ``qualname``."""
    name = re.escape(qualname)
    if version(run) >= (3, 14):
        return (r"PicklingError: Can't pickle local object "
                rf"<function {name} at 0x[0-9a-fA-F]+>")
    verb = "get" if version(run) >= (3, 12, 5) else "pickle"
    return rf"AttributeError: Can't {verb} local object '{name}'"


def split_notes(lines: list[str]) -> tuple[list[str], list[str]]:
    """(the lines before the trailing notes, the notes)."""
    end = len(lines)
    while end and lines[end - 1].startswith(NOTE):
        end -= 1
    return lines[:end], lines[end:]


def check_notes(run, lines: list[str]) -> list[str]:
    """The lines without their trailing notes, which 3.14+ must print and
    older versions must not."""
    body, notes = split_notes(lines)
    assert bool(notes) == (version(run) >= (3, 14)), notes
    return body
