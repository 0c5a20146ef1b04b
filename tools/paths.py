"""Where things live in the repository."""
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
# Pinned packages snippets may import, installed beside every interpreter.
REQUIREMENTS = SNIPPETS / "requirements.txt"
CATALOG_NAME = "snippets.toml"  # one in each folder of snippets/
DOCS = ROOT / "docs"
# Stored runs and downloads; MPGUIDE_CACHE moves them (the flake check does).
CACHE = Path(os.environ.get("MPGUIDE_CACHE") or ROOT / ".cache")
RUNS = CACHE / "runs"
# Interpreters fetched once (tools/running/debian_pythons.py): a scratch
# MPGUIDE_CACHE (the flake check, the benchmark) must still find them.
PYTHONS = ROOT / ".cache" / "pythons"
GENERATED = ROOT / "generated"
