"""The list of messages a reader can meet: those of multiprocessing and
concurrent.futures, read from the sources of every CPython of the matrix,
and those of pickle and the OS, reproduced by each one; with the versions
that print each one, its wording per version, and whether user code can
reach it (``classified.toml``).

Each interpreter reads its own library once (``stdlib_scan.py``,
``probing.py``); what it found is stored in ``.cache/messages/``
under its key, so a build reads seven small files.
"""
from __future__ import annotations

import difflib
import hashlib
import json
import os
import subprocess
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from tools.building.messages import probing, stdlib_scan
from tools.paths import CACHE
from tools.running import interpreters

DATA = Path(__file__).with_name("classified.toml")
STORE = CACHE / "messages"
PLACEHOLDER = stdlib_scan.PLACEHOLDER
# A reworded message keeps its place in the source and its class; below
# this likeness of wording it is taken for a new message instead.
REWORDED = 0.5


@dataclass
class Message:
    text: str  # the newest wording, placeholders as "…": its key
    source: str  # "multiprocessing", "concurrent.futures", "pickle", "OS"
    wordings: dict[str, str] = field(default_factory=dict)  # version -> text
    templates: dict[str, list[str]] = field(default_factory=dict)
    exceptions: dict[str, list[str]] = field(default_factory=dict)
    kinds: set[str] = field(default_factory=set)
    places: dict[str, list[str]] = field(default_factory=dict)
    reachable: bool | None = None  # None: not in classified.toml
    reason: str = ""  # why an internal one is internal
    find: list[str] = field(default_factory=list)  # pasted into search

    @property
    def versions(self) -> list[str]:
        return sorted(self.wordings, key=_version_key)

    @property
    def classes(self) -> list[str]:
        """Exception or warning classes, newest version's first."""
        seen = {}
        for version in reversed(self.versions):
            seen.update(dict.fromkeys(self.exceptions.get(version, [])))
        return list(seen)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _digest(*texts: str) -> str:
    return hashlib.sha256("\0".join(texts).encode()).hexdigest()[:16]


def _module_source(module) -> str:
    return Path(module.__file__).read_text(encoding="utf-8")


def stdlib_dir(python: interpreters.Interpreter) -> Path:
    """The folder of the interpreter's standard library: found beside its
    prefix (POSIX and Windows layouts), else asked (slow, hence stored)."""
    major, minor = python.version_tuple
    for prefix in python.prefixes:
        for folder in (Path(prefix, "lib", f"python{major}.{minor}"),
                       Path(prefix, "Lib")):
            if (folder / "multiprocessing").is_dir():
                return folder
    out = subprocess.run(
        [python.executable, "-I", "-c",
         "import sysconfig; print(sysconfig.get_path('stdlib'))"],
        capture_output=True, text=True, check=True, timeout=60).stdout
    return Path(out.strip())


def _signature(stdlib: Path) -> list:
    """Changes when any scanned source file does."""
    return [[rel, path.stat().st_size, path.stat().st_mtime_ns]
            for rel, path in stdlib_scan._sources(stdlib)]


def _stored(name: str) -> dict:
    path = STORE / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _store(name: str, data: dict) -> None:
    STORE.mkdir(parents=True, exist_ok=True)
    tmp = STORE / f"{name}.{os.getpid()}.tmp"
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(STORE / name)


def _run(python, module, *args: str, stdin: str | None = None) -> object:
    out = subprocess.run([python.executable, "-I", module.__file__, *args],
                         input=stdin, capture_output=True, text=True,
                         encoding="utf-8", check=True, timeout=120).stdout
    return json.loads(out)


def scanned(python: interpreters.Interpreter) -> list[dict]:
    """Every message the interpreter's library has (stdlib_scan)."""
    name = f"{python.key}.scan.json"
    scanner = _digest(_module_source(stdlib_scan))
    stored = _stored(name)
    if stored.get("scanner") == scanner and Path(
            stored.get("stdlib", "")).is_dir():
        if stored["files"] == _signature(Path(stored["stdlib"])):
            return stored["found"]
    stdlib = stdlib_dir(python)
    found = _run(python, stdlib_scan, str(stdlib))
    _store(name, {"scanner": scanner, "stdlib": str(stdlib),
                  "files": _signature(stdlib), "found": found})
    return found


def probed(python: interpreters.Interpreter,
           probes: dict[str, str]) -> dict[str, dict | None]:
    """What each probe of classified.toml makes the interpreter say."""
    name = f"{python.key}.probes.json"
    code = json.dumps(probes, sort_keys=True)
    prober = _digest(_module_source(probing), code)
    stored = _stored(name)
    if stored.get("prober") != prober:
        stored = {"prober": prober,
                  "found": _run(python, probing, stdin=code)}
        _store(name, stored)
    return stored["found"]


def data() -> dict:
    return tomllib.loads(DATA.read_text(encoding="utf-8"))


def label(python: interpreters.Interpreter) -> str:
    return "{}.{}".format(*python.version_tuple)


def _source_of(path: str) -> str:
    return ("concurrent.futures" if path.startswith("concurrent/")
            else "multiprocessing")


def _grouped(found: list[dict]) -> dict[str, list[dict]]:
    by_text: dict[str, list[dict]] = {}
    for place in found:
        by_text.setdefault(place["text"], []).append(place)
    return by_text


def _likeness(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def _same_place(message: Message, version: str, places: list[dict]) -> bool:
    """Raised from the same function, with the same class."""
    mine = set(message.places.get(version, []))
    return any(f"{p['file']}:{p['scope']}" in mine and p["exception"]
               in message.exceptions.get(version, []) for p in places)


def _only_change(gone: list[Message], before: str, places: list[dict],
                 new: dict[str, list[dict]]) -> Message | None:
    """The message this new wording replaces when it is the only new one
    in its function and one message alone left that function: a reword,
    however different ("… not in this container" became
    "ShareableList.index(x): x not in list" in 3.14)."""
    here = [m for m in gone if _same_place(m, before, places)]
    new_here = [text for text, others in new.items()
                if any(
                    f"{p['file']}:{p['scope']}" == f"{o['file']}:{o['scope']}"
                    for p in places for o in others)]
    return here[0] if len(here) == 1 and len(new_here) == 1 else None


def _add(message: Message, version: str, places: list[dict]) -> None:
    message.wordings[version] = places[0]["text"]
    message.templates[version] = list(dict.fromkeys(
        p["template"] for p in places))
    message.exceptions[version] = list(dict.fromkeys(
        p["exception"] for p in places if p["exception"]))
    message.places[version] = list(dict.fromkeys(
        f"{p['file']}:{p['scope']}" for p in places))
    message.kinds.update(p["kind"] for p in places)


def from_sources(per_version: dict[str, list[dict]]) -> list[Message]:
    """One Message per message, across versions (oldest first): the same
    wording is the same message; a wording that replaces one from the
    same function and class in the version before is the same message
    reworded."""
    messages: list[Message] = []
    latest: dict[str, Message] = {}  # a wording -> its message
    before = None
    for version, found in per_version.items():
        by_text = _grouped(found)
        new = [text for text in by_text if text not in latest]
        for text in by_text:
            if text in latest:
                _add(latest[text], version, by_text[text])
        gone = [m for m in messages if before in m.wordings
                and version not in m.wordings]
        for text in new:
            places = by_text[text]
            match = max(((m, _likeness(m.wordings[before], text))
                         for m in gone if _same_place(m, before, places)),
                        key=lambda pair: pair[1], default=(None, 0))
            message = match[0] if match[1] >= REWORDED else None
            if message is None:
                message = _only_change(gone, before, places,
                                       {t: by_text[t] for t in new})
            if message is None:
                message = Message(text, _source_of(places[0]["file"]))
                messages.append(message)
            else:
                gone.remove(message)
            _add(message, version, places)
            latest[text] = message
        before = version
    for message in messages:
        message.text = message.wordings[message.versions[-1]]
    return messages


def from_probes(extras: dict, per_version: dict[str, dict]) -> list[Message]:
    """One Message per probe of classified.toml, in the versions where the
    probe made the error happen."""
    messages = []
    for name, extra in extras.items():
        message = Message(extra["text"], extra["source"],
                          find=extra.get("find", [extra["text"]]))
        for version, found in per_version.items():
            said = found.get(name)
            if said:
                message.wordings[version] = said["message"]
                message.templates[version] = [said["message"]]
                message.exceptions[version] = [said["exception"]]
        message.kinds.add("probe")
        message.reachable = True
        messages.append(message)
    return messages


def classify(messages: list[Message], table: dict) -> None:
    """Mark each stdlib message reachable or internal, as classified.toml
    says; one it does not name stays None (unclassified)."""
    reachable = set(table.get("reachable", []))
    internal = table.get("internal", {})
    for message in messages:
        if message.text in reachable:
            message.reachable = True
        elif message.text in internal:
            message.reachable = False
            message.reason = internal[message.text]


def messages() -> tuple[Message, ...]:
    """Every message, stdlib ones in source order, then the others."""
    table = data()
    pythons = interpreters.discover()
    probes = {name: extra["probe"]
              for name, extra in table.get("extra", {}).items()}
    found = from_sources({label(p): scanned(p) for p in pythons})
    classify(found, table)
    extras = from_probes(table.get("extra", {}),
                         {label(p): probed(p, probes) for p in pythons})
    return tuple(found + extras)


def unclassified(found: list[Message]) -> list[str]:
    """Stdlib messages classified.toml does not classify."""
    return [m.text for m in found if m.reachable is None]


def stale(found: list[Message], table: dict) -> list[str]:
    """Entries of classified.toml that no scanned message has."""
    texts = {m.text for m in found}
    named = [*table.get("reachable", []), *table.get("internal", {})]
    return [text for text in named if text not in texts]
