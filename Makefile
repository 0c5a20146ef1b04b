# Two commands matter:  make serve  and  make verify.  See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# nbconvert otherwise instantiates every exporter at import: a second a build.
export NBCONVERT_DISABLE_CONFIG_EXPORTERS := 1

.PHONY: setup serve verify check build bench clean

$(VENV)/.installed: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed for the site tooling (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $@

setup: $(VENV)/.installed

# Run the snippets that changed, build, and serve on http://127.0.0.1:8000.
serve: setup
	$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:8000

# Everything CI checks: every snippet under every CPython found (pyenv, or
# python3.X on PATH) and start method, the notebook, the site.
verify: setup
	MPGUIDE_PYTHONS=all $(BIN)/python -m pytest
	$(BIN)/mkdocs build --strict

# The quick loop while editing: the tooling's Python only, reusing stored
# runs of unchanged snippets; then the site.
check: setup
	$(BIN)/python -m pytest -q -x
	$(BIN)/mkdocs build --strict

build: setup
	$(BIN)/mkdocs build --strict

clean:
	rm -rf .cache generated site

# Timings of the verification and of rebuilds (clears stored results first).
bench: setup
	$(BIN)/python -m tools.benchmark
