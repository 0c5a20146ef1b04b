"""Site tooling: run snippets, cache their results, render them into pages."""
