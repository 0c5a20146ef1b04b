"""The messages a reader meets from outside multiprocessing (pickle's, the
OS's), reproduced: each probe is a few lines that make the error happen,
and what the interpreter says is recorded.

Run by each interpreter of the matrix (``python probing.py`` reads
``{name: code}`` as JSON on stdin and prints ``{name: {"exception",
"message"}}``, or null for a probe that raised nothing there or could
not run: a probe raises ImportError where what it needs is missing), so the
wording is that version's own. Like stdlib_scan.py it imports nothing
from the project and keeps to what Python 3.9 offers.
"""
import json
import re
import sys
import traceback
import warnings

# What varies from run to run, not from version to version.
ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
MODULE_FILE = re.compile(r"from '[^']*'")
PID = re.compile(r"pid=\d+")
STACK = re.compile(r"\d+ kB")  # 3.14+: "Stack overflow (used 8156 kB)"


def _wording(text):
    text = ADDRESS.sub("0x…", text)
    text = MODULE_FILE.sub("from '…'", text)
    return STACK.sub("… kB", PID.sub("pid=…", text))


def run(code):
    """What the probe raised or warned first, or None."""
    # Probes refer to objects of __main__, as a reader's script does.
    namespace = {"__name__": "__main__"}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            exec(compile(code, "<probe>", "exec"), namespace)
        except ImportError:
            # What the probe needs is not on this platform (resource and
            # os.fork on Windows): the message is not either.
            return None
        except Exception as error:  # what the probe is for
            return {"exception": type(error).__name__,
                    "message": _wording(str(error))}
    if caught:
        return {"exception": caught[0].category.__name__,
                "message": _wording(str(caught[0].message))}
    return None


def main():
    probes = json.load(sys.stdin)
    found = {}
    for name, code in probes.items():
        try:
            found[name] = run(code)
        except BaseException:  # a probe that kills more than itself
            traceback.print_exc()
            found[name] = None
    json.dump(found, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
