# Two commands matter:  make serve  and  make verify.  See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# nbconvert otherwise instantiates every exporter at import: a second a build.
export NBCONVERT_DISABLE_CONFIG_EXPORTERS := 1

.PHONY: setup pythons serve verify check site bench stress lighthouse clean

$(VENV)/.installed: requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11+ is needed for the site tooling (set PYTHON=...)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r requirements.txt
	touch $@

# Chromium for the browser tests: Debian's when installed, else Playwright's.
$(VENV)/.browser: $(VENV)/.installed
	[ -x /usr/bin/chromium ] || $(BIN)/python -m playwright install chromium
	touch $@

setup: $(VENV)/.installed

# Current CPython 3.13-3.15 from Debian's binary packages into .cache/, on a
# Debian-family machine where none as new is installed; reused once there.
pythons: setup
	$(BIN)/python -m tools.running.debian_pythons

# Run the snippets that changed, build, and serve on http://127.0.0.1:8000.
# After a save, only the pages whose content changed are rendered again
# (tools/building/author_build.py). The offline copy (linked from the
# footer) needs npm once; without it the site is served without that link.
serve: setup
	-$(BIN)/python -m tools.running.debian_pythons
	-$(BIN)/python -m tools.building.offline
	$(BIN)/mkdocs serve --livereload --dirty --dev-addr 127.0.0.1:8000

# Everything CI checks: every snippet under every CPython found (pyenv, or
# python3.X on PATH) and start method, the notebook, both sites, the browser.
verify: pythons $(VENV)/.browser
	MPGUIDE_PYTHONS=all $(BIN)/python -m pytest -m "not browser"
	MPGUIDE_CHECKED_ONLY=1 $(BIN)/python -m tools.building.site
	$(BIN)/python -m pytest -m browser

# The quick loop while editing: the tooling's Python only, reusing stored
# runs of unchanged snippets; then both sites.
check: setup
	$(BIN)/python -m pytest -q -x -m "not browser"
	$(BIN)/python -m tools.building.site

# The online site in site/ and the offline copy in dist/.
site: setup
	$(BIN)/python -m tools.building.site

# Timings of the verification and of rebuilds (clears stored results first).
bench: pythons $(VENV)/.browser
	$(BIN)/python -m tools.measuring.benchmark

# The flake check: the snippet matrix RUNS times from nothing, every second
# run with all cores but one kept busy; prints what failed or was left
# behind, then `runs: N, flaky_tests: K, leaked: L`.
RUNS ?= 10
stress: pythons
	$(BIN)/python -m tools.measuring.stress $(RUNS)

# Lighthouse (npm, installed once into .cache/) on four kinds of page and
# the six heaviest, served with gzip: the median of LH_RUNS audits per page
# and category, then the slowest page.
LH_RUNS ?= 3
lighthouse: site $(VENV)/.browser
	$(BIN)/python -m tools.measuring.lighthouse $(LH_RUNS)

clean:
	rm -rf .cache generated site site-offline dist
