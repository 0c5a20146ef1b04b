"""The GitHub workflows: valid, pinned, least privilege."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tools.paths import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _actionlint():
    found = shutil.which("actionlint") or shutil.which(
        "actionlint", path=str(Path(sys.executable).parent))
    assert found, "actionlint is not installed (see requirements.txt)"
    return found


def test_there_are_workflows():
    assert WORKFLOWS


def test_actionlint_finds_nothing():
    result = subprocess.run([_actionlint(), *map(str, WORKFLOWS)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_action_is_pinned_by_commit():
    for path in WORKFLOWS:
        for ref in re.findall(r"uses:\s*(\S+)", path.read_text()):
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", ref), \
                f"{path.name}: {ref} is not pinned to a commit SHA"


def test_default_permissions_are_read_only():
    for path in WORKFLOWS:
        text = path.read_text()
        assert re.search(r"^permissions:\n  contents: read\n", text, re.M), \
            f"{path.name} must default to `contents: read`"
        assert "write-all" not in text
