"""Every message multiprocessing and concurrent.futures can show a reader,
read from one CPython's standard library sources.

Run by each interpreter of the matrix on its own library
(``python stdlib_scan.py STDLIB_DIR`` prints JSON): a newer CPython's
sources may use syntax an older ast cannot parse (3.15's ``lazy from``), so
the interpreter that owns the sources reads them. Hence this file imports
nothing from the project and keeps to what Python 3.9 offers.

A message is the text of an exception a call constructs (raised or handed
to a future), of an ``assert``, of a ``warnings.warn`` call, or written to
stderr (``sys.stderr.write``, ``print(file=sys.stderr)``). Logging calls
(``util.debug``, ``util.warn``...) are left out: a reader sees them only
after turning logging on.
"""
import ast
import json
import re
import sys
from pathlib import Path

PLACEHOLDER = "…"
# Package folders scanned, under the standard library folder.
PACKAGES = ("multiprocessing", "concurrent/futures")
# Names that end like these are exception classes; the classes the sources
# define on top of them are found by following their bases.
EXCEPTION_NAME = re.compile(r"(Error|Exception|Warning|Exit|Interrupt)$")
# printf-style conversions, as the % operator reads them.
PERCENT = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?"
                     r"[hlL]?[diouxXeEfFgGcrsa%]")
BRACES = re.compile(r"\{\{|\}\}|\{[^{}]*\}")


def _last_name(node):
    """``BrokenProcessPool`` of ``_base.BrokenProcessPool`` or of a Name."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


class Parts:
    """A message's text in pieces: literal strings, and placeholders
    (None) with the source text each one stands for."""

    def __init__(self, pieces):
        self.pieces = pieces  # [(literal or None, template text)]

    def __add__(self, other):
        return Parts(self.pieces + other.pieces)

    @property
    def text(self):
        joined = "".join(PLACEHOLDER if lit is None else lit
                         for lit, _ in self.pieces)
        return " ".join(joined.split())

    @property
    def template(self):
        return "".join(tpl for _, tpl in self.pieces)

    @property
    def letters(self):
        return sum(ch.isalpha() for lit, _ in self.pieces if lit
                   for ch in lit)


def _placeholder(node):
    return Parts([(None, "{" + ast.unparse(node) + "}")])


def _split(pattern, text, literal_of):
    """Pieces of a format string: the literal runs, and a placeholder for
    each conversion (``literal_of`` gives the escapes' literal text)."""
    pieces, at = [], 0
    for match in pattern.finditer(text):
        if match.start() > at:
            pieces.append((text[at:match.start()], text[at:match.start()]))
        literal = literal_of(match.group())
        pieces.append((literal, match.group()))
        at = match.end()
    if at < len(text):
        pieces.append((text[at:], text[at:]))
    return Parts(pieces)


def _percent_literal(spec):
    return "%" if spec == "%%" else None


def _brace_literal(spec):
    return {"{{": "{", "}}": "}"}.get(spec)


class Module(ast.NodeVisitor):
    """Messages of one source file."""

    def __init__(self, path, tree, exceptions):
        self.path = path
        self.tree = tree
        self.exceptions = exceptions
        self.scope = []
        self.found = []
        self.warn_names = set()  # what `warnings.warn` is called here
        self.strings = {}  # name or attribute -> string values assigned
        self.aliases = {}  # name -> the exception class it is bound to
        self.parents = {}
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                self.parents[child] = node
        self._collect_names()

    def _collect_names(self):
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom) and node.module == "warnings":
                self.warn_names.update(a.asname or a.name for a in node.names
                                       if a.name == "warn")
            elif isinstance(node, ast.arguments):
                # def __del__(self, _warn=warnings.warn): a bound default
                args = node.posonlyargs + node.args
                for arg, default in zip(args[len(args) - len(node.defaults):],
                                        node.defaults):
                    if ast.unparse(default) == "warnings.warn":
                        self.warn_names.add(arg.arg)
            elif (isinstance(node, ast.Assign)
                  and _last_name(node.value) in self.exceptions):
                # BROKEN = BrokenThreadPool: name the class, not the alias
                for target in node.targets:
                    self.aliases[_last_name(target)] = _last_name(node.value)
            elif isinstance(node, ast.Assign):
                parts = self.parts(node.value, resolve=False)
                for target in node.targets:
                    name = _last_name(target)
                    if name and parts:
                        self.strings.setdefault(name, []).extend(parts)

    def parts(self, node, resolve=True):
        """The message texts an expression can evaluate to ([] for none):
        a variable assigned messages in this file gives each of them."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [Parts([(node.value, node.value)])]
        if isinstance(node, ast.JoinedStr):
            pieces = []
            for value in node.values:
                if isinstance(value, ast.Constant):
                    text = value.value
                    pieces.append((text, text.replace("{", "{{")
                                   .replace("}", "}}")))
                else:
                    pieces.extend(self._formatted(value).pieces)
            return [Parts(pieces)]
        if (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod)
                and isinstance(node.left, ast.Constant)
                and isinstance(node.left.value, str)):
            return [_split(PERCENT, node.left.value, _percent_literal)]
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and isinstance(node.func.value, ast.Constant)
                and isinstance(node.func.value.value, str)):
            return [_split(BRACES, node.func.value.value, _brace_literal)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.parts(node.left, resolve) or [_placeholder(node.left)]
            right = (self.parts(node.right, resolve)
                     or [_placeholder(node.right)])
            combined = [a + b for a in left for b in right]
            return [p for p in combined if p.letters]
        if resolve and isinstance(node, (ast.Name, ast.Attribute)):
            return self.strings.get(_last_name(node), [])
        return []

    def _formatted(self, value):
        conversion = {-1: "", 115: "!s", 114: "!r", 97: "!a"}[value.conversion]
        spec = ""
        if value.format_spec is not None:
            spec = ":" + ast.unparse(value.format_spec)[2:-1]
        return Parts([(None, "{" + ast.unparse(value.value) + conversion
                       + spec + "}")])

    def record(self, node, kind, exception, candidates):
        for parts in candidates:
            if parts.letters < 4:  # "%s: %s" and the like say nothing
                continue
            self.found.append({
                "text": parts.text, "template": parts.template,
                "kind": kind, "exception": exception,
                "file": self.path, "line": node.lineno,
                "scope": ".".join(self.scope) or "<module>"})

    def _scoped(self, node):
        if (isinstance(node, ast.FunctionDef) and node.name == "__str__"
                and len(self.scope) == 1
                and self.scope[0] in self.exceptions):
            # An exception class that words its own message
            # (pool.MaybeEncodingError): what __str__ returns.
            for ret in ast.walk(node):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    self.record(ret, "raise", self.scope[0],
                                self.parts(ret.value))
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _scoped

    def visit_Assert(self, node):
        if node.msg is not None:
            self.record(node, "assert", "AssertionError",
                        self.parts(node.msg))
        self.generic_visit(node)

    def visit_Call(self, node):
        name = _last_name(node.func)
        if self._is_warn(node.func):
            self._warning(node)
        elif name in self.exceptions or (name and EXCEPTION_NAME.search(name)):
            # OSError(errno.EPIPE, "handle is closed"): the text comes second.
            for arg in node.args[:2]:
                found = self.parts(arg)
                if found:
                    kind = ("raise" if isinstance(self.parents.get(node),
                                                  ast.Raise) else "exception")
                    self.record(node, kind, self.aliases.get(name, name),
                                found)
                    break
        elif self._is_stderr_write(node):
            self.record(node, "stderr", None, self._stderr_parts(node))
        self.generic_visit(node)

    def _is_warn(self, func):
        if isinstance(func, ast.Name):
            return func.id in self.warn_names
        return (isinstance(func, ast.Attribute) and func.attr == "warn"
                and isinstance(func.value, ast.Name)
                and func.value.id == "warnings")

    def _warning(self, node):
        if not node.args:
            return
        category = node.args[1] if len(node.args) > 1 else None
        for keyword in node.keywords:
            if keyword.arg == "category":
                category = keyword.value
        name = _last_name(category) if category is not None else "UserWarning"
        self.record(node, "warning", name, self.parts(node.args[0]))

    @staticmethod
    def _is_stderr_write(node):
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr == "write"
                and ast.unparse(func.value) == "sys.stderr"):
            return True
        return (isinstance(func, ast.Name) and func.id == "print"
                and any(k.arg == "file" and ast.unparse(k.value)
                        == "sys.stderr" for k in node.keywords))

    def _stderr_parts(self, node):
        if isinstance(node.func, ast.Attribute):  # sys.stderr.write(text)
            return self.parts(node.args[0]) if node.args else []
        # print's arguments, separated by spaces.
        pieces = None
        for arg in node.args:
            found = self.parts(arg) or [_placeholder(arg)]
            part = found[0]
            pieces = part if pieces is None else (
                pieces + Parts([(" ", " ")]) + part)
        return [pieces] if pieces else []


def _sources(stdlib):
    for package in PACKAGES:
        folder = Path(stdlib, package)
        for path in sorted(folder.rglob("*.py")):
            yield path.relative_to(stdlib).as_posix(), path


def _exception_classes(trees):
    """Classes the sources define that derive from an exception, and names
    bound to one (``BROKEN = BrokenThreadPool``)."""
    known = set()
    while True:
        before = len(known)
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef):
                    bases = {_last_name(b) for b in node.bases}
                    if bases & known or any(
                            b and EXCEPTION_NAME.search(b) for b in bases):
                        known.add(node.name)
                elif (isinstance(node, ast.Assign)
                      and _last_name(node.value) in known):
                    known.update(filter(None, map(_last_name, node.targets)))
        if len(known) == before:
            return known


def scan(stdlib):
    """Every message of the packages under ``stdlib``, in source order."""
    trees = {rel: ast.parse(path.read_text(encoding="utf-8"), rel)
             for rel, path in _sources(stdlib)}
    exceptions = _exception_classes(trees.values())
    found = []
    for rel, tree in trees.items():
        module = Module(rel, tree, exceptions)
        module.visit(tree)
        found.extend(module.found)
    return found


if __name__ == "__main__":
    json.dump(scan(sys.argv[1]), sys.stdout, ensure_ascii=False)
