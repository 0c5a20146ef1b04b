"""Where things live in the repository."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
CATALOG = SNIPPETS / "snippets.toml"
DOCS = ROOT / "docs"
CACHE = ROOT / ".cache"
RUNS = CACHE / "runs"
GENERATED = ROOT / "generated"
TOOLS = ROOT / "tools"
