# Two commands on a fresh machine: `make run` (install, build the index, start the app)
# and `make test` (install, run the whole test suite).
PYTHON ?= $(shell command -v python3.11 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
# The browser tests drive Debian's Chromium (never `playwright install`, which downloads).
CHROMIUM ?= /usr/bin/chromium

.PHONY: install run index test clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need Python 3.11 (python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first and pinned: the CPU wheel, never a multi-GB CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

index: install
	# The package's own bytecode, written even where PYTHONDONTWRITEBYTECODE is set
	# (an editable install compiles nothing): 0.2 s of every cold start otherwise.
	$(BIN)/python -m compileall -q assistant app.py >/dev/null
	$(BIN)/jobbtorg ingest
	$(BIN)/jobbtorg docs

run: index
	$(BIN)/python app.py

test: install $(CHROMIUM)
	$(BIN)/python -m pytest

$(CHROMIUM):
	@echo "installing Debian's chromium for the browser tests (apt-get)"
	@SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO="sudo"; \
	export DEBIAN_FRONTEND=noninteractive; \
	$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null

clean:
	rm -rf $(VENV) index/manifest.json index/docs index/bm25 index/chroma
