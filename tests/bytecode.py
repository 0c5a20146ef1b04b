"""Whether an interpreter finds modules compiled: snippets run without
writing bytecode, so a module without it is compiled at every start."""
import subprocess

_CHECK = """
import importlib, importlib.util, os, sys
for name in sys.argv[1:]:
    path = importlib.import_module(name).__file__
    if not os.path.exists(importlib.util.cache_from_source(path)):
        print(name)
"""


def uncompiled(python: str, modules: list[str]) -> list[str]:
    """The modules among these that have no bytecode beside them."""
    done = subprocess.run([python, "-c", _CHECK, *modules],
                          capture_output=True, text=True, timeout=120,
                          check=True)
    return done.stdout.split()
